#!/usr/bin/env bash
# `make rasa`: build .venv-rasa (Python 3.10 from RASA_PYTHON, PATH or pyenv; rasa==3.6.21 under
# nlu/rasa-constraints.txt) and train the NLU model into var/rasa/models. Both steps are no-ops
# when already done: a stamp file for the environment, a content hash of nlu/config.yml,
# nlu/data/ and nlu/domain.yml for the model. Pass --force to retrain.
set -euo pipefail
cd "$(dirname "$0")/.."
exec .venv/bin/python -m nlu.rasa_env "$@"
