#!/usr/bin/env bash
# Quickstart, step 2 (and what CI runs): lint, type-check, then the whole test suite once under
# coverage, checking both floors of scripts/coverage_floors.sh from that one data file: 100 % of
# the lines of crampcheck/core and 95 % of crampcheck overall. Subprocesses the tests start (the
# CLI tests) are measured too ([tool.coverage.run] patch = ["subprocess"] in pyproject.toml).
# With pytest arguments (e.g. `bash scripts/test.sh tests/web`) only those tests run, plainly,
# without coverage or floors.
# PostgreSQL tests run when CRAMPCHECK_TEST_POSTGRES_URL is set (CI sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
source scripts/coverage_floors.sh
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/mypy
if [ "$#" -gt 0 ]; then
    exec $BIN/pytest "$@"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export COVERAGE_FILE="$WORK/coverage"
status=0
$BIN/pytest --cov=crampcheck --cov-report= || status=$?
echo "==> core line coverage (floor $CORE_FLOOR %)"
$BIN/coverage report --include='crampcheck/core/*' --precision=2 --fail-under="$CORE_FLOOR" \
    || status=$?
echo "==> overall line coverage (floor $OVERALL_FLOOR %)"
$BIN/coverage report --precision=2 --fail-under="$OVERALL_FLOOR" || status=$?
exit "$status"
