# Every target sets up its own virtual environment (.venv) on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
SHARED ?= ../shared
OUT    ?= out

.PHONY: run test score dev-score bench bench-names names-model fuzz stress clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,dask]'
	touch $@

venv: $(VENV)/.installed

## run: extract the demo corpus (data/demo) to out/demo.jsonl
run: $(VENV)/.installed
	mkdir -p $(OUT)
	$(VENV)/bin/claimx extract data/demo -o $(OUT)/demo.jsonl
	@echo "wrote $(OUT)/demo.jsonl"; head -c 600 $(OUT)/demo.jsonl; echo

## test: the whole test suite
test: $(VENV)/.installed
	$(PY) -m pytest

## score: extract the seed corpus and score it against the gold annotations
score: $(VENV)/.installed
	mkdir -p $(OUT)
	$(VENV)/bin/claimx extract -q $(SHARED)/corpus/seeds -o $(OUT)/seeds.jsonl || true
	$(PY) $(SHARED)/tools/score.py $(OUT)/seeds.jsonl $(SHARED)/gold/seeds.jsonl $(SHARED)/gold/entities.json \
	  --corpus $(SHARED)/corpus/seeds --traps $(SHARED)/gold/seeds-traps.jsonl

## dev-score: extract the development sets (PolNeAR dev, zh-news) and score them
dev-score: $(VENV)/.installed
	mkdir -p $(OUT)
	$(VENV)/bin/claimx extract -q $(SHARED)/dev/polnear/dev/text -o $(OUT)/polnear-dev.jsonl || true
	@echo "== polnear/dev (English news)"
	$(PY) $(SHARED)/tools/polnear.py score $(OUT)/polnear-dev.jsonl $(SHARED)/dev/polnear/dev
	$(VENV)/bin/claimx extract -q $(SHARED)/dev/zh-news/text -o $(OUT)/zh-news.jsonl || true
	@echo "== zh-news (Chinese news)"
	$(PY) $(SHARED)/tools/score.py $(OUT)/zh-news.jsonl $(SHARED)/dev/zh-news/gold.jsonl \
	  $(SHARED)/dev/zh-news/entities.json --corpus $(SHARED)/dev/zh-news/text | \
	  grep -E 'predictions|gold_required|span_|attribution|who_said|bad_offsets|trap'

## bench: speed against spaCy, stage shares, --jobs, linearity and memory on English news, Chinese
## news and the seeds+demo (SIZES="4 50" MB per corpus; LINEAR="1 8" MB single documents, "0 0" skips)
SIZES ?= 4
LINEAR ?= 1 8
bench: $(VENV)/.installed
	$(PY) bench/bench.py --size $(SIZES) --linear $(LINEAR)

## stress: hostile input at size (issue 13): time, peak memory, exit status per case (STRESS_SCALE=1 for
## the issue's sizes; STRESS_ONLY="2,15" for some cases)
STRESS_SCALE ?= 0.2
stress: $(VENV)/.installed
	$(PY) bench/stress.py --scale $(STRESS_SCALE) $(if $(STRESS_ONLY),--only $(STRESS_ONLY))

## fuzz: a long hypothesis campaign over generated documents and bytes (FUZZ_EXAMPLES=N)
FUZZ_EXAMPLES ?= 50000
fuzz: $(VENV)/.installed
	CLAIMX_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest tests/test_properties.py --timeout 0 \
	  -p no:cacheprovider --hypothesis-show-statistics

clean:
	rm -rf $(OUT) .pytest_cache

## bench-names: cross-script name matching on a Latin/Chinese surname list (NAMES=file.tsv)
NAMES ?= $(SHARED)/names/zh-latin-dev.tsv
bench-names: $(VENV)/.installed
	$(PY) bench/names.py $(NAMES)

## names-model: learn the Latin/Chinese transliteration model (data/names/zh_latin_model.tsv.gz)
NAMES_TRAIN ?= $(SHARED)/names/zh-latin-train.tsv
names-model: $(VENV)/.installed
	$(PY) -m claimx.names_model build $(NAMES_TRAIN)
	$(PY) -m claimx.names_model translit-chars $(NAMES_TRAIN)
