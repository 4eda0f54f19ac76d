PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

LANGUAGES := nn en

demo: $(STAMP)
	$(BIN)/narrate write data/ --out out/
	for lang in $(LANGUAGES); do $(BIN)/narrate write data/ --lang $$lang --out out/$$lang/ || exit 1; done

test: $(STAMP)
	$(BIN)/pytest -q tests src/narrate
	$(BIN)/narrate check data out
	$(BIN)/narrate diff data --against out --check
	for lang in $(LANGUAGES); do $(BIN)/narrate check data out/$$lang && $(BIN)/narrate diff data --lang $$lang --against out/$$lang --check || exit 1; done

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV)
