#!/usr/bin/env bash
# Quickstart, step 2 (and what CI runs): lint, type-check and the whole test suite, then the
# coverage floor on crampcheck/core (scripts/coverage_core.sh; skipped when pytest arguments
# are given, e.g. `bash scripts/test.sh tests/web`).
# PostgreSQL tests run when CRAMPCHECK_TEST_POSTGRES_URL is set (CI sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/mypy
$BIN/pytest "$@"
if [ "$#" -eq 0 ]; then
    bash scripts/coverage_core.sh
fi
