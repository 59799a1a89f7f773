# JourneyMapper project commands. `make run` and `make test` set everything up on first use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SAMPLE := journeymapper/resources/samples/sample.jmap

.PHONY: setup run test lint bench translations dist clean

# Editable in setuptools' compat mode: the checkout's folder in a .pth file, not the default
# import hook (which costs every start of the command ~15 ms); the default mode if compat is gone.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]' --config-settings editable_mode=compat \
		|| $(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m compileall -q journeymapper > /dev/null  # the first start reads bytecode too
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(PY) -m journeymapper.platform_check
	$(PY) -m journeymapper $(SAMPLE)

lint: setup
	$(VENV)/bin/ruff check journeymapper tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports --no-cache

test: lint
	sh tools/ensure_chromium.sh
	sh tools/ensure_axe.sh
	sh tools/ensure_mermaid.sh
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2 -p no:cacheprovider

translations: setup
	$(PY) tools/update_translations.py

bench: setup
	$(PY) -m compileall -q journeymapper bench > /dev/null  # as installed: start-up reads bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m bench

dist: setup
	PY=$(PY) bash packaging/build.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache
