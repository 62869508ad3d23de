# realpolitik: two commands on a fresh machine, `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DB ?= out/demo.duckdb
REPORT ?= out/report.html

.PHONY: install demo test check eval challenge challenge2 blind narratives bench browser clean lock fuzz

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade "pip==25.3"
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,scale]"
	touch $(STAMP)

# Debian's Chromium for the browser tests; installed only when missing.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  echo "installing Debian's chromium for the browser tests"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; \
	fi

demo: install
	@# exit 3 = finished, but something was skipped (the dump holds an Arabic article, stored but not coded)
	$(BIN)/realpolitik analyze examples/corpus --db $(DB) --report $(REPORT) || test $$? -eq 3

test: install browser
	$(BIN)/python -m pytest -q

# The property-based tests with a long budget (`make test` runs them with a small one).
fuzz: install
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -m fuzz

check: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

eval: install
	$(BIN)/realpolitik eval

# The project's own event challenge set (benchmarks/challenge); needs no ../shared.
challenge: install
	$(BIN)/python benchmarks/challenge_eval.py

# The second challenge set (benchmarks/challenge2): commentary-style sentences, several deeds per sentence,
# non-asserted deeds that must stay out of the asserted record; needs no ../shared.
challenge2: install
	$(BIN)/python benchmarks/challenge2_eval.py

# The blind sets (benchmarks/blind, measurement only): news-register sentences, and seed sentences when ../shared/seeds is there.
blind: install
	$(BIN)/python benchmarks/blind_eval.py

# Narrative frames: per-frame precision/recall on the project's labelled and held-out sentences, and their cost in analyze.
narratives: install
	$(BIN)/python benchmarks/narratives_eval.py --speed

bench: install
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/actors_eval.py
	$(BIN)/python benchmarks/actors_speed.py
	$(BIN)/python benchmarks/ingest_speed.py
	$(BIN)/python benchmarks/system_model.py
	$(BIN)/python benchmarks/system_agreement.py
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/load_web.py
	$(BIN)/python benchmarks/narratives_eval.py --speed

# Regenerate the pinned constraints from the current environment (run after changing dependencies).
lock:
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^realpolitik' > constraints.txt

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
