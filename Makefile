# VisaDesk: `make run` starts the app, `make test` runs the whole suite. Both set everything up
# on first use (system packages, .venv, the project) and are quick when it is already there.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run demo test test-slow lint bench setup sysdeps-run sysdeps-test translations clean

run: sysdeps-run $(STAMP) translations
	$(BIN)/visadesk

demo: sysdeps-run $(STAMP) translations
	$(BIN)/visadesk --demo

test: sysdeps-test $(STAMP) translations lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

test-slow: sysdeps-test $(STAMP) translations
	$(BIN)/python -m pytest -q -m slow

lint: $(STAMP)
	$(BIN)/ruff check visadesk tests benchmarks
	$(BIN)/ruff format --check visadesk tests benchmarks
	$(BIN)/lint-imports

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

setup: $(STAMP)

sysdeps-run:
	@scripts/system-deps.sh run

sysdeps-test:
	@scripts/system-deps.sh test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

translations: $(STAMP)
	@if [ -x scripts/build-translations.sh ]; then scripts/build-translations.sh; fi

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
