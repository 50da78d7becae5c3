# The two commands that matter: `make run` (build the bundled articles, open the dashboard) and `make test`.
VENV := .venv
PY := $(VENV)/bin/python
DATA ?= data/articles
OUT ?= data/build

.PHONY: run build test e2e eval bench audit clean

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.runtime
	$(PY) -m pip install --quiet -r requirements-test.txt
	touch $@

build: $(VENV)/.runtime
	$(PY) -m pipeline build $(DATA) --out $(OUT)

run: build
	$(VENV)/bin/streamlit run dashboard/app.py --server.headless true --browser.gatherUsageStats false -- --data $(OUT)

test: $(VENV)/.test
	$(PY) -m pytest

e2e: $(VENV)/.test
	$(PY) -m pytest tests/e2e

eval: $(VENV)/.runtime
	$(PY) -m pipeline.eval timex ../shared/eval/tempeval3/TBAQ-cleaned/TimeBank
	$(PY) -m pipeline.eval timex ../shared/eval/tempeval3/TBAQ-cleaned/AQUAINT
	$(PY) -m pipeline.eval timex ../shared/eval/meantime_en
	$(PY) -m pipeline.eval timex ../shared/eval/wikiwars
	$(PY) -m pipeline.eval timelines ../shared/eval/timeline17
	$(PY) -m pipeline.eval events ../shared/eval/plover_gsr/PLOVER_GSR_dev.json
	$(PY) -m pipeline.eval events ../shared/eval/tempeval3/TBAQ-cleaned/TimeBank
	$(PY) -m pipeline.eval events ../shared/eval/tempeval3/TBAQ-cleaned/AQUAINT

bench: $(VENV)/.test
	for script in bench/bench_*.py; do $(PY) $$script || exit 1; done

audit: $(VENV)/.test
	$(VENV)/bin/pip-audit --strict --requirement requirements.txt --requirement requirements-test.txt

clean:
	rm -rf $(OUT)
