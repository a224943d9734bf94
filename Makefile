# sevenbridges-openapi: every developer and CI task. The only prerequisite is python3.11+ on PATH.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := spec/openapi.yaml
GEN_ARGS = generate --path $(abspath $(SPEC)) --meta none --overwrite --fail-on-warning \
	--config $(abspath templates/config.yaml) --custom-template-path $(abspath templates)

.PHONY: install generate check-generated lint validate-spec pytest test demo clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "python3.11+ is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Regenerate the low-level package from the spec (never edit generated/ by hand).
generate: $(STAMP)
	rm -rf generated/sevenbridges_api
	cd generated && PATH=$(abspath $(BIN)):$$PATH $(abspath $(BIN))/openapi-python-client $(GEN_ARGS) \
		--output-path sevenbridges_api
	touch generated/sevenbridges_api/py.typed

# Fail when generated/ differs from what the spec and templates produce.
check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	(cd "$$tmp" && PATH=$(abspath $(BIN)):$$PATH $(abspath $(BIN))/openapi-python-client $(GEN_ARGS) \
		--output-path sevenbridges_api >/dev/null) && touch "$$tmp/sevenbridges_api/py.typed" && \
	diff -r -x __pycache__ -x .ruff_cache "$$tmp/sevenbridges_api" generated/sevenbridges_api && \
	echo "generated/ matches the spec"

lint: $(STAMP)
	$(BIN)/ruff check overlay emulator tests examples
	$(BIN)/ruff format --check overlay emulator tests examples
	$(BIN)/mypy overlay/sevenbridges emulator/sevenbridges_emulator
	$(BIN)/mypy generated/sevenbridges_api

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

pytest: $(STAMP)
	$(BIN)/pytest -q

test: $(STAMP) check-generated lint validate-spec pytest

# The main job: the quickstart against an emulator that this target starts and stops.
demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

clean:
	rm -rf $(VENV) build *.egg-info .mypy_cache .ruff_cache .pytest_cache
