# newsclaims — a newcomer reads this in one screen. Every target creates .venv when it is missing.
PYTHON ?= python3
# scripts/ import the yardsticks of evaluation/, which sit beside the package (not installed)
export PYTHONPATH := $(CURDIR)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install run test test-fast lint eval bench screenshot clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

run: install  ## extract the bundled corpus to out/corpus.jsonl and print a summary
	$(BIN)/newsclaims extract corpus/articles -o out/corpus.jsonl --force

test: install  ## the whole test suite (what CI runs)
	$(BIN)/python -m pytest

test-fast: install  ## the suite without tests marked slow (kill-and-resume, Dask cluster runs)
	$(BIN)/python -m pytest -m "not slow"

lint: install  ## ruff and mypy (mypy's known debt is listed in pyproject.toml)
	$(BIN)/ruff check newsclaims tests scripts evaluation
	$(BIN)/ruff format --check newsclaims tests scripts evaluation
	$(BIN)/mypy

eval: install  ## span P/R/F1 and value accuracy on corpus/, agreement with ../shared/dev-data; blind gold of eval/; core spans against the bare model
	$(BIN)/python scripts/evaluate.py
	$(BIN)/python scripts/evaluate_blind.py
	$(BIN)/python scripts/evaluate_spans.py
	$(BIN)/python scripts/evaluate_news.py

bench: install  ## words/s of newsclaims vs bare spaCy, peak memory; check's peak memory at 2k/20k/60k records; facts and SQLite records/s; growth on pathological inputs; seconds to end after Ctrl-C
	$(BIN)/python scripts/bench.py
	$(BIN)/python scripts/bench_claims.py
	$(BIN)/python scripts/bench_check.py
	$(BIN)/python scripts/bench_desk.py
	$(BIN)/python scripts/bench_growth.py
	$(BIN)/python scripts/bench_interrupt.py

screenshot: install  ## docs/report.png: the bridge-loan article's report in Chromium, its finding selected
	$(BIN)/python scripts/report_screenshot.py

clean:
	rm -rf $(VENV) out .pytest_cache .ruff_cache
