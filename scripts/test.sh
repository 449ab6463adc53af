#!/usr/bin/env bash
# Quickstart, step 2 (and what CI runs): lint, type-check and the whole test suite.
# PostgreSQL tests run when CRAMPCHECK_TEST_POSTGRES_URL is set (CI sets it).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
$BIN/ruff check .
$BIN/ruff format --check .
$BIN/mypy
$BIN/pytest "$@"
