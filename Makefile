# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test report train clean

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
	$(BIN)/vnextract people out/extractions.jsonl -o out/people.html

# Retrain the measure model on corpus/'s gold (never on the articles in corpus/heldout.ids).
train: $(STAMP)
	$(BIN)/vnextract train-measures corpus/ -o models/

clean:
	rm -rf $(VENV) out
