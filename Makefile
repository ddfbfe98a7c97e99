# Two commands matter: `make run` (set up + whole stack in the foreground) and `make test`.
SHELL := /bin/bash
PY := .venv/bin/python

.PHONY: setup run up down status reload test test-lua test-py lint security bench loadtest lock

setup:
	@scripts/setup.sh

run: setup
	@$(PY) -m gateway run

up: setup
	@$(PY) -m gateway up

down:
	@if [ -x $(PY) ]; then $(PY) -m gateway down; else echo "nothing to stop"; fi

status:
	@$(PY) -m gateway status

reload:
	@$(PY) -m gateway reload

test: setup
	@scripts/test.sh

test-lua:
	@busted --lua=luajit lua/spec

test-py: setup
	@$(PY) -m pytest

lint: setup
	@.venv/bin/ruff check .
	@.venv/bin/mypy

# Re-pin requirements.lock (hashes included) after editing requirements.in.
lock:
	@.venv/bin/pip-compile --generate-hashes --allow-unsafe --strip-extras -q -o requirements.lock requirements.in

bench: setup
	@$(PY) -m loadtests.bench.run_all
