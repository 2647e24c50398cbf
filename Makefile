# VisaDesk: `make run` starts the app, `make test` runs the whole suite. Both set everything up
# on first use (system packages, .venv, the project) and are quick when it is already there.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# pytest-xdist workers: one per core and one more, which runs while the others wait for a
# subprocess, an X server or a timer (on 2 cores: 2 min 49 s with 3 workers, 3 min 12 s with 2).
# Xvfb, D-Bus and the keyring are started per test, so workers never share them.
WORKERS ?= $(shell echo $$(( $$(nproc 2>/dev/null || echo 1) + 1 )))

.PHONY: run demo test test-slow lint bench setup sysdeps-run sysdeps-test translations clean dist test-dist

run: sysdeps-run $(STAMP) translations
	$(BIN)/visadesk

demo: sysdeps-run $(STAMP) translations
	$(BIN)/visadesk --demo

test: sysdeps-test $(STAMP) translations lint
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(WORKERS)

test-slow: sysdeps-test $(STAMP) translations
	$(BIN)/python -m pytest -q -p no:cacheprovider -n $(WORKERS) -m slow

lint: $(STAMP)
	$(BIN)/ruff check visadesk tests benchmarks
	$(BIN)/ruff format --check visadesk tests benchmarks
	$(BIN)/lint-imports
	$(BIN)/mypy

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

# The packaged app (PyInstaller, packaging/visadesk.spec): dist/visadesk/ (one folder: Python,
# Qt, fonts, forms, translations) and dist/visadesk-<version>-<platform>.tar.gz with .sha256.
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dist]'
	@touch $(DIST_STAMP)

dist: sysdeps-run $(DIST_STAMP) translations
	rm -rf dist/visadesk dist/visadesk-*.tar.gz dist/visadesk-*.tar.gz.sha256
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/visadesk.spec
	$(BIN)/python packaging/archive.py dist/visadesk dist

# Builds, then runs the built app as a user would (clean environment, Xvfb): tests/dist/.
test-dist: sysdeps-test dist
	VISADESK_TEST_DIST=1 $(BIN)/python -m pytest -q -p no:cacheprovider tests/dist
