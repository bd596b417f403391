# 讲话档案 / Speech Archive — the front door. Run `make help` for the list.
PY      := .venv/bin/python
STAMP   := .venv/.installed
SITE_DIR ?= site
N       ?= 1000
CORPUS  ?= novel

.PHONY: help site ingest browse build test serve check add normalize explain-tags bench bench-site lint clean

help:
	@echo "make site          set up .venv, ingest source_texts/, build site/"
	@echo "make test          run the whole test suite (browser tests included)"
	@echo "make serve         preview the built site on http://127.0.0.1:8000"
	@echo "make check         what a pull request must pass"
	@echo "make add SRC=file  (or URL=address) add a scraped speech"
	@echo "make -s normalize SRC=file     print the finished Markdown for one file"
	@echo "make -s explain-tags SRC=file  show the theme evidence for one file"
	@echo "make bench         normalize throughput;  make bench-site N=1000 CORPUS=novel|recombined|seeds  site at scale"

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv .venv
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

site: ingest build

ingest: $(STAMP)
	$(PY) -m scripts.ingest

browse: $(STAMP)
	$(PY) -m scripts.browse

build: $(STAMP) browse
	$(PY) -m scripts.build_site --site-dir $(SITE_DIR)

normalize: $(STAMP)
	@$(PY) -m scripts.ingest normalize "$(SRC)"

explain-tags: $(STAMP)
	@$(PY) -m scripts.ingest explain-tags "$(SRC)"

test: site
	$(PY) -m pytest -q tests

serve: $(STAMP)
	$(PY) -m scripts.serve --site-dir $(SITE_DIR)

check: $(STAMP)
	$(PY) -m scripts.check
	$(PY) -m ruff check scripts tests

lint: $(STAMP)
	$(PY) -m ruff check scripts tests

add: $(STAMP)
	$(PY) -m scripts.add $(if $(SRC),--src "$(SRC)") $(if $(URL),--url "$(URL)")

bench: $(STAMP)
	$(PY) -m scripts.bench

bench-site: $(STAMP)
	$(PY) -m scripts.bench_site --count $(N) --corpus $(CORPUS)

clean:
	rm -rf site .pytest_cache
