# 讲话档案 / Speech Archive — the front door. Run `make help` for the list.
PY      := .venv/bin/python
STAMP   := .venv/.installed
SITE_DIR ?= site
N       ?= 1000

.PHONY: help site ingest browse build test serve check add normalize explain explain-tags eval bench bench-site lint clean

help:
	@echo "make site          set up .venv, ingest source_texts/, build site/"
	@echo "make build         browse pages + site + raw files + search index (ENGINE=zensical to use Zensical)"
	@echo "make test          run the whole test suite (browser tests included)"
	@echo "make serve         preview the built site on http://127.0.0.1:8000"
	@echo "make check         what a pull request must pass"
	@echo "make add SRC=file  (or URL=address) add a scraped speech"
	@echo "make -s normalize SRC=file     print the finished Markdown for one file"
	@echo "make -s explain SRC=file       where each field came from, what was removed"
	@echo "make -s explain-tags SRC=file  show the theme evidence for one file"
	@echo "make -s eval SET=dir           score the cleaner on a labelled set (raw/ + gold/);"
	@echo "                               BASELINE=trafilatura scores trafilatura too, same run"
	@echo "make bench         normalize throughput;  make bench-site N=1000  site at scale"

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv .venv
	@$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	@touch $(STAMP)

site: ingest build

ingest: $(STAMP)
	$(PY) -m scripts.ingest

browse: $(STAMP)
	$(PY) -m scripts.browse

# ENGINE=zensical builds with Zensical instead of MkDocs (read from the environment, never by the shell).
build: $(STAMP)
	$(PY) -m scripts.build_site --site-dir $(SITE_DIR) --engine "$${ENGINE:-mkdocs}"

normalize: $(STAMP)
	@$(PY) -m scripts.ingest normalize "$(SRC)"

explain: $(STAMP)
	@$(PY) -m scripts.ingest explain "$(SRC)"

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

eval: $(STAMP)
	@EVAL_SET="$$SET" EVAL_BASELINE="$$BASELINE" $(PY) -m scripts.evaluate

bench: $(STAMP)
	$(PY) -m scripts.bench

bench-site: $(STAMP)
	$(PY) -m scripts.bench_site --count $(N)

clean:
	rm -rf site .pytest_cache
