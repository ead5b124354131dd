# Klynge: `make run` starts the demo on http://127.0.0.1:8000, `make test` runs every check.
# The shell work lives in scripts/; this file only puts the steps in order.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

PYTHON_BOOTSTRAP := $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
UV     := $(VENV)/bin/uv
RUFF   := $(VENV)/bin/ruff
PYTEST := $(PY) -m pytest

# Stamps live inside the folders they describe, so deleting .venv or node_modules also
# forgets that they were installed.
VENV_STAMP      := $(VENV)/.klynge-installed
VENV_TEST_STAMP := $(VENV)/.klynge-installed-test
NPM_STAMP       := node_modules/.klynge-installed

# The locked Python packages, exact versions with hashes (scripts/lock.sh writes them).
LOCK_BASE := requirements/base.txt
LOCK_TEST := requirements/test.txt
LOCK_UV   := requirements/uv.txt

# Playwright drives Debian's Chromium; it must never download a browser of its own.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: help run demo test test-sqlite test-postgres lint lock-check fmt deps deps-test system-deps \
	lock upgrade clean screenshots

help:
	@echo "make run            install, migrate, build the demo and serve http://127.0.0.1:8000"
	@echo "make test           install test needs, lint, check migrations, pytest on SQLite and PostgreSQL"
	@echo "make test-sqlite    pytest on SQLite only (no installs)"
	@echo "make test-postgres  pytest on a throw-away PostgreSQL only (no installs)"
	@echo "make lint           ruff check + ruff format --check"
	@echo "make fmt            ruff format + ruff check --fix"
	@echo "make screenshots    main pages per demo login into build/screenshots/, and the guide's pictures"
	@echo "make lock           recompile requirements/ after editing pyproject.toml (UPGRADE=NAME moves one package)"
	@echo "make upgrade        recompile requirements/ with the newest allowed release of everything"
	@echo "make clean          remove build/ (the venv and node_modules stay)"

# --- installs ---------------------------------------------------------------------------------

$(PY):
	$(PYTHON_BOOTSTRAP) -m venv $(VENV)

# uv installs the lock; it comes itself from a pin with hashes, through the venv's own pip.
# A newer pin in $(LOCK_UV) reaches the venv through the sync below.
$(UV): | $(PY)
	$(PIP) install --quiet --require-hashes -r $(LOCK_UV)

# sync makes the venv exactly the lock (removing what the lock lacks); then the project itself,
# built by the locked setuptools.
define install_lock
	$(UV) pip sync --quiet --python $(PY) --require-hashes $(1) $(LOCK_UV)
	$(UV) pip install --quiet --python $(PY) --no-deps --no-build-isolation -e .
endef

# The base set leaves out the test packages, so the test stamp goes with them.
$(VENV_STAMP): $(LOCK_BASE) $(LOCK_UV) pyproject.toml | $(UV)
	$(call install_lock,$(LOCK_BASE))
	rm -f $(VENV_TEST_STAMP)
	touch $@

$(VENV_TEST_STAMP): $(LOCK_TEST) $(LOCK_UV) pyproject.toml | $(UV)
	$(call install_lock,$(LOCK_TEST))
	touch $@ $(VENV_STAMP)

$(NPM_STAMP): package-lock.json package.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV_STAMP) $(NPM_STAMP)

system-deps:
	scripts/install-test-deps.sh

deps-test: system-deps $(VENV_TEST_STAMP) $(NPM_STAMP)

# `make lock` after editing pyproject.toml keeps every pin that still fits;
# `make lock UPGRADE="django weasyprint"` moves those packages to their newest allowed release.
lock: | $(UV)
	scripts/lock.sh $(foreach name,$(UPGRADE),--upgrade-package $(name))

upgrade: | $(UV)
	scripts/lock.sh --upgrade

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

lock-check: | $(UV)
	scripts/lock.sh --check

fmt: $(VENV_TEST_STAMP)
	$(RUFF) format .
	$(RUFF) check --fix .

test-sqlite:
	$(PYTEST)

test-postgres:
	scripts/with-postgres.sh $(PYTEST)

test: deps-test
	scripts/lock.sh --check
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
