#!/usr/bin/env bash
# Coverage floor on the pure core: every line of crampcheck/core/ is run by the quick tests that
# exercise it (core, services, foods, data; about 3 minutes), without running the whole suite
# under coverage. Fails when core line coverage falls below CORE_FLOOR percent.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
CORE_FLOOR="${CORE_FLOOR:-100}"
DATA_FILE="$(mktemp -d)/coverage"
trap 'rm -rf "$(dirname "$DATA_FILE")"' EXIT
COVERAGE_FILE="$DATA_FILE" $BIN/pytest tests/core tests/services tests/foods tests/data \
    -q -p no:cacheprovider --cov=crampcheck/core --cov-report= "$@"
COVERAGE_FILE="$DATA_FILE" $BIN/coverage report --include='crampcheck/core/*' \
    --fail-under="$CORE_FLOOR"
