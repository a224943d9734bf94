# sevenbridges-openapi: every developer and CI task (`make help` lists them).
# Prerequisites: python3.11+ and make; `make test` (and lint-spec, typescript-check, docs) also
# needs Node.js 20.19+ or 22.12+ with npm, for the pinned spec linters in spec-tools/.
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

# The first target is the default: plain `make` lists the targets.
.PHONY: help install generate check-generated lint validate-spec lint-spec typescript-check docs \
	pytest test demo bench-transfer bench-import bench-scale clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-z-]+:.*## / {printf "  %-18s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

install: $(STAMP) ## Create .venv with the packages (editable) and the dev tools

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "python3.11+ is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@# The editable install finds the three packages through an import hook that mypy, pyright
	@# and editors cannot see; a .pth file puts their source folders on sys.path for all of them.
	@# The hook is then redundant and costs ~12 ms of every interpreter's start (an installed
	@# wheel has none), so it is removed; the package's metadata stays.
	purelib="$$($(BIN)/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')" && \
	printf '%s\n' $(abspath overlay) $(abspath generated) $(abspath emulator) \
		> "$$purelib/sevenbridges_openapi_dev.pth" && \
	rm -f "$$purelib"/__editable__.sevenbridges_openapi-*.pth \
		"$$purelib"/__editable___sevenbridges_openapi_*_finder.py
	touch $(STAMP)

$(NODE_STAMP): $(TOOLS)/package-lock.json
	cd $(TOOLS) && npm ci --no-audit --no-fund --loglevel=error
	touch $(NODE_STAMP)

# Regenerate the low-level package from the spec (never edit generated/ by hand).
generate: $(STAMP) ## Regenerate generated/sevenbridges_api from the spec
	rm -rf generated/sevenbridges_api
	cd generated && PATH=$(abspath $(BIN)):$$PATH $(abspath $(BIN))/openapi-python-client $(GEN_ARGS) \
		--output-path sevenbridges_api
	touch generated/sevenbridges_api/py.typed

# Fail when generated/ differs from what the spec and templates produce.
check-generated: $(STAMP) ## Fail if generated/ differs from what the spec produces
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	(cd "$$tmp" && PATH=$(abspath $(BIN)):$$PATH $(abspath $(BIN))/openapi-python-client $(GEN_ARGS) \
		--output-path sevenbridges_api >/dev/null) && touch "$$tmp/sevenbridges_api/py.typed" && \
	diff -r -x __pycache__ -x .ruff_cache "$$tmp/sevenbridges_api" generated/sevenbridges_api && \
	echo "generated/ matches the spec"

lint: $(STAMP) ## ruff and mypy --strict
	$(BIN)/ruff check overlay emulator tests examples bench
	$(BIN)/ruff format --check overlay emulator tests examples bench
	$(BIN)/mypy overlay/sevenbridges emulator/sevenbridges_emulator bench
	$(BIN)/mypy generated/sevenbridges_api

validate-spec: $(STAMP) ## Validate spec/openapi.yaml as OpenAPI 3.0.3
	$(BIN)/openapi-spec-validator $(SPEC)

# Redocly's recommended rules, under spec-tools/redocly.yaml (each rule turned off says why).
lint-spec: $(NODE_STAMP) ## Redocly's recommended rules on the spec (needs Node.js)
	$(NPX) redocly lint ../$(SPEC) --config redocly.yaml --format=summary

# Cross-language proof: TypeScript types from the spec, used by spec-tools/usage.ts under tsc --strict.
typescript-check: $(NODE_STAMP) ## TypeScript types from the spec under tsc --strict (needs Node.js)
	$(NPX) openapi-typescript ../$(SPEC) --redocly redocly-typescript.yaml -o build/schema.d.ts
	$(NPX) tsc -p tsconfig.json
	@echo "TypeScript types from the spec type-check"

# The documentation site (MkDocs, Material, mkdocstrings; --strict: any warning fails) in build/site,
# with the spec rendered by Redoc as one of its pages (build/site/openapi/index.html).
docs: $(STAMP) $(NODE_STAMP) ## Build the documentation site into build/site (needs Node.js)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --clean --config-file mkdocs.yml --site-dir $(abspath build/site)
	$(NPX) redocly build-docs ../$(SPEC) --config redocly.yaml -o ../build/site/openapi/index.html
	@echo "open build/site/index.html"

pytest: $(STAMP) ## All tests (unit, contract, end-to-end against the emulator)
	$(BIN)/pytest -q

test: $(STAMP) check-generated lint validate-spec lint-spec typescript-check docs pytest ## Everything CI runs

# The main job: the examples (quickstart, tasks, volumes, the sbg walkthrough) against an emulator
# that this target starts and stops.
demo: $(STAMP) ## Start the emulator and run the examples (quickstart, tasks, volumes, sbg) on it
	$(BIN)/python examples/run_demo.py

# Upload/download throughput, CPU and peak RSS vs sevenbridges-python and the raw limit (not a test).
# BENCH_ARGS="--size-mib 256 --repeat 3" to change the size or take the best of several runs.
bench-transfer: $(STAMP) ## Transfer speed, CPU and memory vs sevenbridges-python (not a test)
	$(BIN)/python bench/transfer.py $(BENCH_ARGS)

# Listing, bulk_get and many files under 50 ms of added latency vs sevenbridges-python.
# BENCH_ARGS="--files 500 --repeat 1" for a quicker look (a run with non-default arguments only prints).
bench-scale: $(STAMP) ## Listing, bulk calls and many files at 50 ms latency vs sevenbridges-python
	$(BIN)/python bench/scale.py $(BENCH_ARGS)

# Import time of the overlay and of the whole generated package, in fresh interpreters.
bench-import: $(STAMP) ## Import time of the packages
	$(BIN)/python bench/import_time.py

# How fast `sbg --help` and `sbg files upload --help` answer, in fresh processes (not a test).
.PHONY: bench-cli
bench-cli: $(STAMP) ## Start-up time of the sbg command line
	$(BIN)/python bench/cli_startup.py

clean: ## Remove the venv, node_modules, caches and build output
	rm -rf $(VENV) build *.egg-info $(TOOLS)/node_modules $(TOOLS)/build .mypy_cache .ruff_cache \
		.pytest_cache .hypothesis .schemathesis
