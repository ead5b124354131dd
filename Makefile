# Klynge: `make run` starts the demo on http://127.0.0.1:8000, `make test` runs every check.
# The shell work lives in scripts/; this file only puts the steps in order.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON_BOOTSTRAP := $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
RUFF   := $(VENV)/bin/ruff
PYTEST := $(PY) -m pytest

# Stamps live inside the folders they describe, so deleting .venv or node_modules also
# forgets that they were installed.
VENV_STAMP      := $(VENV)/.klynge-installed
VENV_TEST_STAMP := $(VENV)/.klynge-installed-test
NPM_STAMP       := node_modules/.klynge-installed

# Playwright drives Debian's Chromium; it must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run demo test test-sqlite test-postgres lint fmt deps deps-test system-deps clean screenshots

help:
	@echo "make run            install, migrate, build the demo and serve http://127.0.0.1:8000"
	@echo "make test           install test needs, lint, check migrations, pytest on SQLite and PostgreSQL"
	@echo "make test-sqlite    pytest on SQLite only (no installs)"
	@echo "make test-postgres  pytest on a throw-away PostgreSQL only (no installs)"
	@echo "make lint           ruff check + ruff format --check"
	@echo "make fmt            ruff format + ruff check --fix"
	@echo "make screenshots    main pages per demo login into build/screenshots/, and the guide's pictures"
	@echo "make clean          remove build/ (the venv and node_modules stay)"

# --- installs ---------------------------------------------------------------------------------

$(PY):
	$(PYTHON_BOOTSTRAP) -m venv $(VENV)

$(VENV_STAMP): pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(VENV_TEST_STAMP): pyproject.toml | $(PY)
	$(PIP) install --quiet -e '.[test]'
	touch $@ $(VENV_STAMP)

$(NPM_STAMP): package-lock.json package.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV_STAMP) $(NPM_STAMP)

system-deps:
	scripts/install-test-deps.sh

deps-test: system-deps $(VENV_TEST_STAMP) $(NPM_STAMP)

# --- running ----------------------------------------------------------------------------------

demo: deps
	$(PY) manage.py migrate --noinput
	$(PY) manage.py build_demo

run: demo
	@echo
	@echo "Klynge: open http://127.0.0.1:8000 and log in with one of the demo logins above."
	@echo
	$(PY) manage.py runserver 127.0.0.1:8000

# --- checks -----------------------------------------------------------------------------------

lint: $(VENV_TEST_STAMP)
	$(RUFF) check .
	$(RUFF) format --check .

fmt: $(VENV_TEST_STAMP)
	$(RUFF) format .
	$(RUFF) check --fix .

test-sqlite:
	$(PYTEST)

test-postgres:
	scripts/with-postgres.sh $(PYTEST)

test: deps-test
	$(RUFF) check .
	$(RUFF) format --check .
	$(PY) manage.py makemigrations --check --dry-run
	@echo "== pytest on SQLite =="
	$(PYTEST)
	@echo "== pytest on PostgreSQL =="
	scripts/with-postgres.sh $(PYTEST)

screenshots: $(VENV_TEST_STAMP) $(NPM_STAMP)
	$(PY) scripts/screenshots.py

clean:
	rm -rf build
