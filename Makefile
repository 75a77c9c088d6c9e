# staffopt — two commands do all set-up: `make run` and `make test`.
# Works on Linux/macOS (bin/) and Windows with GNU make (Scripts/).
ifeq ($(OS),Windows_NT)
PY ?= python
BIN := .venv/Scripts
else
PY ?= python3
BIN := .venv/bin
endif
VENV_STAMP := .venv/.staffopt-installed

.PHONY: run test lint typecheck unit system-deps data bench clean help

help:
	@echo "make run    - set up .venv, solve the shipped example, write reports/example_province/"
	@echo "make test   - set up .venv, lint, type check and run the whole test suite"
	@echo "make data   - rebuild data/*.xlsx from the seeded generator"
	@echo "make bench  - run the benchmarks (prints figures)"

$(VENV_STAMP): pyproject.toml
	@test -d .venv || $(PY) -m venv .venv
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(VENV_STAMP)

run: $(VENV_STAMP)
	$(BIN)/staffopt solve data/example_province.xlsx --out reports/example_province

# Programs and fonts the tests need beyond PyPI (LibreOffice, poppler, a CJK font).
system-deps:
	@sh .ci/system-deps.sh

lint: $(VENV_STAMP)
	$(BIN)/ruff check src tests benchmarks data

typecheck: $(VENV_STAMP)
	$(BIN)/mypy

unit: $(VENV_STAMP)
	$(BIN)/pytest

test: $(VENV_STAMP) system-deps lint typecheck unit

data: $(VENV_STAMP)
	$(BIN)/python data/generate.py

bench: $(VENV_STAMP)
	$(BIN)/python benchmarks/bench_solve.py

clean:
	rm -rf .venv .pytest_cache .mypy_cache .ruff_cache build src/*.egg-info
