#!/usr/bin/env bash
# Quick check of the core coverage floor while working (CI checks it from the whole suite in
# scripts/test.sh): the tests that exercise crampcheck/core (core, services, foods, data: about
# 3 minutes) run under coverage. Fails when a test fails or when line coverage of
# crampcheck/core is below CORE_FLOOR (scripts/coverage_floors.sh: 100 %, every line).
# Extra arguments go to pytest (e.g. -x).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
source scripts/coverage_floors.sh
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export COVERAGE_FILE="$WORK/coverage"
tests_status=0
$BIN/pytest tests/core tests/services tests/foods tests/data -q -p no:cacheprovider \
    --cov=crampcheck/core --cov-report= "$@" || tests_status=$?
$BIN/coverage report --include='crampcheck/core/*' --precision=2 \
    --fail-under="$CORE_FLOOR"
exit "$tests_status"
