# Digital Twin QGIS plugin: set-up, tests, demo, benchmarks, translations, packaging.
# Every target that runs code first runs scripts/setup.sh (idempotent: a second run only checks).

PYTHON := .venv/bin/python
PLUGIN := digital_twin
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)

.PHONY: setup test lint fuzz demo bench translations package clean

setup:
	@bash scripts/setup.sh

lint: setup
	$(PYTHON) -m ruff check .

test: setup
	$(PYTHON) -m ruff check .
	xvfb-run -a --server-args="-screen 0 1280x1024x24" $(PYTHON) -m pytest $(PYTEST_ARGS)

# 10,000 generated cases per loader (tests/fuzz; FUZZ_CASES=n for more or fewer): 16 minutes on this 2-core machine.
fuzz: setup
	HYPOTHESIS_PROFILE=fuzz xvfb-run -a --server-args="-screen 0 1280x1024x24" $(PYTHON) -m pytest tests/fuzz \
		-p no:logging -W ignore::DeprecationWarning --hypothesis-show-statistics --timeout=3600 --timeout-method=thread $(PYTEST_ARGS)

demo: setup
	$(PYTHON) scripts/demo.py

bench: setup
	@bash scripts/bench.sh

translations: setup
	$(PYTHON) scripts/translations.py

package: setup translations
	$(PYTHON) scripts/package.py dist/$(PLUGIN)-$(VERSION).zip

clean:
	rm -rf build dist .pytest_cache .ruff_cache .hypothesis
