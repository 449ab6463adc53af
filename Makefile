.DEFAULT_GOAL := help
VENV ?= .venv
BIN  := $(VENV)/bin
PY   ?= python3

help:      ## list targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-10s %s\n", $$1, $$2}'
install:   ## venv + editable install with all extras and dev tools
	$(PY) -m venv $(VENV) && $(BIN)/pip install -q -U pip && $(BIN)/pip install -q -e '.[web,pdf,charts,postgres,dev]'
lint:      ## ruff, format check, mypy strict
	$(BIN)/ruff check . && $(BIN)/ruff format --check . && $(BIN)/mypy
fmt:       ## apply ruff fixes + format
	$(BIN)/ruff check --fix . && $(BIN)/ruff format .
test:      ## the test suite (the README's test command)
	$(BIN)/pytest
check: lint test   ## everything CI runs
data:      ## rebuild the bundled data files from their sources
	$(BIN)/python tools/build_food_db.py && $(BIN)/python tools/build_citations.py
bench:     ## run every benchmark script
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f || exit 1; done
.PHONY: help install lint fmt test check data bench
