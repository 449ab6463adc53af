#!/usr/bin/env bash
# Build the wheel, install it into a fresh venv WITHOUT dev extras, and use it: proves the
# package data (food database, knowledge base, migrations, templates) ships and that the
# program needs nothing at run time beyond its declared dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
.venv/bin/pip wheel -q --no-deps -w "$work/dist" .
python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q "$work"/dist/crampcheck-*.whl
cd "$work"
"$work/venv/bin/crampcheck" intake "1 banana and a glass of milk" --age 40 --sex female --json \
  | "$work/venv/bin/python" -c "import json,sys; d=json.load(sys.stdin); assert d['items'][0]['food_id']=='09040', d; print('wheel smoke: intake ok')"
echo '{"profile": {"age": 58, "sex": "female"}, "symptoms": ["night cramps"]}' \
  | "$work/venv/bin/crampcheck" assess - --json \
  | "$work/venv/bin/python" -c "import json,sys; d=json.load(sys.stdin); assert d['triage'], d; print('wheel smoke: assess ok')"
db="sqlite:///$work/smoke.db"
"$work/venv/bin/crampcheck" profile add smoke --age 40 --sex male --db "$db" >/dev/null
"$work/venv/bin/crampcheck" log food "2 eggs" --db "$db"
echo "wheel smoke: diary on SQLite ok"
