# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test report clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/vnextract extract corpus/ -o out/extractions.jsonl

test: $(STAMP)
	$(BIN)/python -m pytest -q

report: run
	$(BIN)/vnextract compare out/extractions.jsonl -o out/report.html

clean:
	rm -rf $(VENV) out
