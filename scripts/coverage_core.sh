#!/usr/bin/env bash
# Coverage floor on the pure core: the quick tests that exercise crampcheck/core (core, services,
# foods, data: about 3 minutes) run under coverage, without running the whole suite under it.
# Fails when a test fails or when core line coverage is below CORE_FLOOR percent.
# Extra arguments go to pytest (e.g. -x). The floor is a ratchet towards 100: raise it as the
# last uncovered lines get tests (99.76 % on 2026-12-02: 11 of 4521 lines left).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
CORE_FLOOR="${CORE_FLOOR:-99.7}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export COVERAGE_FILE="$WORK/coverage"
tests_status=0
$BIN/pytest tests/core tests/services tests/foods tests/data -q -p no:cacheprovider \
    --cov=crampcheck/core --cov-report= "$@" || tests_status=$?
$BIN/coverage report --include='crampcheck/core/*' --precision=2 \
    --fail-under="$CORE_FLOOR"
exit "$tests_status"
