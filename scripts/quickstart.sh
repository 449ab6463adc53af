#!/usr/bin/env bash
# Quickstart, step 1: install crampcheck into .venv and run a real example on the default
# embedded storage (SQLite). Safe to run again. Usage: bash scripts/quickstart.sh
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -m venv --help >/dev/null 2>&1 || ! python3 -c "import ensurepip" >/dev/null 2>&1; then
  echo "==> installing python3-venv (needs root)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq python3-venv python3-pip >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  echo "==> creating .venv"
  python3 -m venv .venv
fi
echo "==> installing crampcheck and its tools into .venv (a few minutes the first time)"
.venv/bin/pip install -q -U pip
.venv/bin/pip install -q -e '.[web,pdf,charts,postgres,dev,build]'

echo "==> a real example: one day's diary for a 58-year-old woman"
.venv/bin/crampcheck intake \
  "a bowl of muesli with yogurt, two kiwis and a handful of walnuts; 2 slices whole wheat toast with peanut butter; a glass of milk; 150 g salmon with a baked potato and 1 cup cooked spinach" \
  --age 58 --sex female

echo "==> the same day kept in a diary on the default embedded database (SQLite in your data folder)"
.venv/bin/crampcheck profile list --json | grep -q '"quickstart"' \
  || .venv/bin/crampcheck profile add quickstart --age 58 --sex female
.venv/bin/crampcheck log food --profile quickstart "2 eggs, a medium banana and a glass of milk"
.venv/bin/crampcheck log cramp --profile quickstart --severity 6 --duration 3 --location "left calf"
.venv/bin/crampcheck diary show --profile quickstart | tail -n 15
