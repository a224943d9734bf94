# sevenbridges-openapi: every developer and CI task. The only prerequisite is python3.11+ on PATH.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPEC := spec/openapi.yaml
# Node tools for the spec (redocly, openapi-typescript, tsc), pinned in spec-tools/package-lock.json.
TOOLS := spec-tools
NODE_STAMP := $(TOOLS)/node_modules/.installed
NPX := cd $(TOOLS) && npx --no-install
GEN_ARGS = generate --path $(abspath $(SPEC)) --meta none --overwrite --fail-on-warning \
	--config $(abspath templates/config.yaml) --custom-template-path $(abspath templates)

.PHONY: install generate check-generated lint validate-spec lint-spec typescript-check docs pytest test \
	demo bench-transfer bench-import bench-cli bench-many clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "python3.11+ is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(NODE_STAMP): $(TOOLS)/package-lock.json
	cd $(TOOLS) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

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
	$(BIN)/ruff check overlay emulator tests examples bench
	$(BIN)/ruff format --check overlay emulator tests examples bench
	$(BIN)/mypy overlay/sevenbridges emulator/sevenbridges_emulator bench
	$(BIN)/mypy generated/sevenbridges_api

validate-spec: $(STAMP)
	$(BIN)/openapi-spec-validator $(SPEC)

# Redocly's recommended rules, under spec-tools/redocly.yaml (each rule turned off says why).
lint-spec: $(NODE_STAMP)
	$(NPX) redocly lint ../$(SPEC) --config redocly.yaml --format=summary

# Cross-language proof: TypeScript types from the spec, used by spec-tools/usage.ts under tsc --strict.
typescript-check: $(NODE_STAMP)
	$(NPX) openapi-typescript ../$(SPEC) --redocly redocly-typescript.yaml -o build/schema.d.ts
	$(NPX) tsc -p tsconfig.json
	@echo "TypeScript types from the spec type-check"

# The spec as one HTML page (Redoc): build/docs/index.html.
docs: $(NODE_STAMP)
	$(NPX) redocly build-docs ../$(SPEC) --config redocly.yaml -o ../build/docs/index.html
	@echo "open build/docs/index.html"

pytest: $(STAMP)
	$(BIN)/pytest -q

test: $(STAMP) check-generated lint validate-spec lint-spec typescript-check pytest

# The main job: the quickstart against an emulator that this target starts and stops.
demo: $(STAMP)
	$(BIN)/python examples/run_demo.py

# Upload/download throughput, CPU and peak RSS vs sevenbridges-python and the raw limit (not a test).
# BENCH_ARGS="--size-mib 256 --repeat 3" to change the size or take the best of several runs.
bench-transfer: $(STAMP)
	$(BIN)/python bench/transfer.py $(BENCH_ARGS)

# Import time of the overlay and of the whole generated package, in fresh interpreters.
bench-import: $(STAMP)
	$(BIN)/python bench/import_time.py

# How fast `sbg --help` and `sbg files upload --help` answer, in fresh processes (not a test).
bench-cli: $(STAMP)
	$(BIN)/python bench/cli_startup.py

# 100 files of 256 KiB at 50 ms latency: one by one against upload_many/download_many (not a test).
bench-many: $(STAMP)
	$(BIN)/python bench/many_files.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) build *.egg-info $(TOOLS)/node_modules $(TOOLS)/build .mypy_cache .ruff_cache .pytest_cache
