PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean dictionaries

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

LANGUAGES := nn en
DICTIONARIES := /usr/share/hunspell/nb_NO.dic /usr/share/hunspell/nn_NO.dic /usr/share/hunspell/en_GB.dic
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# data/batch/ holds tables written one article per kommune; data/real/ holds
# real SSB tables as they are published, with no sidecar.
PER := --per kommune

demo: $(STAMP)
	$(BIN)/narrate write data/ --out out/
	$(BIN)/narrate write data/batch/ $(PER) --out out/
	$(BIN)/narrate write data/real/ --out out/real/
	for lang in $(LANGUAGES); do \
		$(BIN)/narrate write data/ --lang $$lang --out out/$$lang/ && \
		$(BIN)/narrate write data/batch/ $(PER) --lang $$lang --out out/$$lang/ && \
		$(BIN)/narrate write data/real/ --lang $$lang --out out/$$lang/real/ || exit 1; done

# hunspell and its bokmål, nynorsk and British English dictionaries, for the
# language tests; installed from Debian's packages when missing.
dictionaries:
	@command -v hunspell >/dev/null && ls $(DICTIONARIES) >/dev/null 2>&1 || \
		($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq hunspell hunspell-no hunspell-en-gb >/dev/null)

test: $(STAMP) dictionaries
	$(BIN)/pytest -q tests src/narrate
	$(BIN)/narrate check data out
	$(BIN)/narrate check data/batch out
	$(BIN)/narrate check data/real out/real
	$(BIN)/narrate diff data --against out --check
	$(BIN)/narrate diff data/batch $(PER) --against out --check
	$(BIN)/narrate diff data/real --against out/real --check
	for lang in $(LANGUAGES); do \
		$(BIN)/narrate check data out/$$lang && $(BIN)/narrate check data/batch out/$$lang && \
		$(BIN)/narrate check data/real out/$$lang/real && \
		$(BIN)/narrate diff data --lang $$lang --against out/$$lang --check && \
		$(BIN)/narrate diff data/batch $(PER) --lang $$lang --against out/$$lang --check && \
		$(BIN)/narrate diff data/real --lang $$lang --against out/$$lang/real --check || exit 1; done

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV)
