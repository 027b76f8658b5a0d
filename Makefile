# Everyday commands. `make demo` and `make test` do all set-up on a fresh machine
# (scripts/setup.sh: Debian packages for Qt when run as root, a virtualenv in
# .venv, the project with its test extra).

VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint i18n screenshots clean

$(VENV)/.installed: pyproject.toml hatch_build.py scripts/setup.sh i18n/sanzhi_zh_CN.ts
	bash scripts/setup.sh $(VENV)
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(VENV)/bin/sanzhi demo

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) scripts/i18n.py check

test: lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q

i18n: setup
	$(PY) scripts/i18n.py update
	$(PY) scripts/i18n.py release

screenshots: setup
	$(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) build dist sanzhi_desktop/locale/*.qm
