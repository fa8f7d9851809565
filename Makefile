# Two commands matter: `make run` and `make test`. Both build .venv when it is missing
# or older than pyproject.toml, then run.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@# Byte-compile the package once: where PYTHONDONTWRITEBYTECODE is set (as on CI machines)
	@# Python never writes .pyc files itself and would recompile every module on every run.
	$(BIN)/python -m compileall -q src >/dev/null
	@# Compile numba's kernels into its on-disk cache once, here, so the first `reassure` run
	@# after install loads them instead of compiling (a short run of the default scenario).
	@# europe-2025 draws over-dispersed incident counts; mnf-u-2026 takes the fixed-mean path,
	@# whose compiled seeding is a separate kernel: warm both.
	@# (s54) Workers (`reassure incidents --workers 2`) load the same kernels: the model hands them
	@# writable arrays on both sides of a pickle (`IncidentModel.kernel_inputs`), one signature.
	$(BIN)/python -c "import reassure; [reassure.assess(s, runs=2, sensitivity=False) for s in ('europe-2025', 'mnf-u-2026')]" \
		>/dev/null || echo "numba warm-up failed; the first run will compile its kernels"
	@touch $(STAMP)

run: $(STAMP)
	$(BIN)/reassure assess europe-2025 --out out/europe-2025

# On every core (pytest-xdist): the suite's tests are independent; each file runs on one
# worker (--dist loadfile) so a module's fixtures are built once and one Ray cluster runs at a
# time. `pytest -n 0` runs it in one process.
test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto --dist loadfile

# Every benchmarks/bench_*.py into benchmarks/RESULTS.md, the shipped example experiments
# included (bench_explore runs the first 8 experiments of each; reports in out/explore/NAME/).
bench: $(STAMP)
	$(BIN)/python benchmarks/run_all.py

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

clean:
	rm -rf $(VENV) out .pytest_cache
