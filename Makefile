# 讲话档案 / Speech Archive — the front door. Run `make help` for the list.
PY      := .venv/bin/python
STAMP   := .venv/.installed
DEV_STAMP := .venv/.installed-dev
# make test: pytest-xdist workers (auto: one per core; 0: the whole suite in one process)
TEST_WORKERS ?= auto
# Only what the lock files name, each file checked against its sha256 (make lock writes them).
PIP_INSTALL := $(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps
SITE_DIR ?= site
N       ?= 1000
CORPUS  ?= novel

.PHONY: help site ingest browse build test serve check add normalize explain explain-tags eval rule-usage bench bench-site bench-search-page lint lock screenshot clean

help:
	@echo "make site          set up .venv, ingest source_texts/, build site/"
	@echo "make build         browse pages + site + raw files + search index (ENGINE=zensical to use Zensical;"
	@echo "                   only changed pages are rendered again, CLEAN=1 renders all; the search index gets a"
	@echo "                   delta segment when few speeches changed, FULL_INDEX=1 writes it whole)"
	@echo "make test          run the whole test suite (browser tests included; on every core, TEST_WORKERS=0 for one process)"
	@echo "make serve [PORT=8000]  preview on http://127.0.0.1:PORT, rebuilding when source_texts/ or docs/ change"
	@echo "make check         what a pull request must pass"
	@echo "make add SRC=file  (or URL=address) add a scraped speech"
	@echo "make -s normalize SRC=file     print the finished Markdown for one file"
	@echo "make -s explain SRC=file       where each field came from, what was removed"
	@echo "make -s explain-tags SRC=file  show the theme evidence for one file"
	@echo "make -s eval SET=dir           score the cleaner on a labelled set (raw/ + gold/);"
	@echo "                               BASELINE=trafilatura scores trafilatura too, same run"
	@echo "                               VARIANT=name[,name] (or all) scores it again on label-preserving rewrites"
	@echo "                               of each page (traditional, renamed-classes, gbk, crlf, json-record, sql-row …; VARIANT=list)"
	@echo "make -s rule-usage [SETS='dir …']  which cleaning rule and metadata step fires on which development page;"
	@echo "                               rules firing on 0 or 1 page, long literals and examples found in a page"
	@echo "make bench         normalize throughput;  make bench-site N=1000 CORPUS=novel|recombined|seeds  site at scale"
	@echo "                   (ADD=1: then make add one speech and make build again, measured)"
	@echo "make screenshot    retake the README's screenshots from the built site"
	@echo "make lock          re-resolve requirements*.in into the hashed lock files requirements*.txt"
	@echo "make bench-search-page N=1000  the search page's budgets (or: python -m scripts.measure.bench_search_page --site-dir site)"

# SRC and URL are contributor text (a file name, a web address): they reach the scripts only through the
# environment, exactly as typed. `$(value ...)` keeps a `$` and never runs a `$(shell ...)`; `unexport`
# stops make from expanding them to export them itself; no shell ever parses them (` " $ stay text).
unexport SRC URL
add normalize explain explain-tags: export ARCHIVE_SRC := $(value SRC)
add: export ARCHIVE_URL := $(value URL)

$(STAMP): requirements.txt
	@test -x $(PY) || python3 -m venv .venv
	@$(PIP_INSTALL) -r requirements.txt
	@touch $(STAMP)

$(DEV_STAMP): requirements-dev.txt $(STAMP)
	@$(PIP_INSTALL) -r requirements-dev.txt
	@touch $(DEV_STAMP)

# Re-resolve requirements*.in into the hashed lock files (after changing a pin, or merging branches that did).
lock:
	@test -x $(PY) || python3 -m venv .venv
	@$(PY) -m pip install --quiet --disable-pip-version-check "$$(grep -E '^pip-tools==' requirements-dev.in | cut -d' ' -f1)"
	$(PY) -m scripts.tools.lock

site: ingest build

ingest: $(STAMP)
	$(PY) -m scripts.site.ingest

browse: $(STAMP)
	$(PY) -m scripts.site.browse

# ENGINE=zensical builds with Zensical instead of MkDocs (read from the environment, never by the shell).
build: $(STAMP)
	$(PY) -m scripts.site.build_site --site-dir $(SITE_DIR) --engine "$${ENGINE:-mkdocs}" $(if $(CLEAN),--clean) $(if $(FULL_INDEX),--full-index)

normalize: $(STAMP)
	@$(PY) -m scripts.site.ingest normalize

explain: $(STAMP)
	@$(PY) -m scripts.site.ingest explain

explain-tags: $(STAMP)
	@$(PY) -m scripts.site.ingest explain-tags

test: site $(DEV_STAMP)
	$(PY) -m pytest -q -n $(TEST_WORKERS) --dist loadfile tests

# PORT reaches scripts.site.serve through the environment (make exports command-line variables), never through
# the shell command line, so no value of it can run a command; scripts.site.serve checks it is a port number.
serve: $(STAMP)
	$(PY) -m scripts.site.serve --site-dir $(SITE_DIR)

check: $(DEV_STAMP)
	$(PY) -m scripts.tools.check
	$(PY) -m ruff check scripts tests
	$(PY) -m mypy scripts
	.venv/bin/check-jsonschema --builtin-schema vendor.github-workflows .github/workflows/*.yml
	.venv/bin/zizmor --offline --no-progress .github/workflows

lint: $(DEV_STAMP)
	$(PY) -m ruff check scripts tests

add: $(STAMP)
	$(PY) -m scripts.tools.add

eval: $(DEV_STAMP)
	@EVAL_SET="$$SET" EVAL_BASELINE="$$BASELINE" EVAL_VARIANT="$$VARIANT" $(PY) -m scripts.measure.evaluate

# The held-out set is never run here (scripts/measure/rule_usage.py refuses it); SETS overrides the development sets.
rule-usage: $(STAMP)
	@RULE_USAGE_SETS="$$SETS" $(PY) -m scripts.measure.rule_usage

# The README's screenshots (.github/screenshots/), taken from the freshly built site.
screenshot: site $(DEV_STAMP)
	$(PY) -m scripts.measure.screenshot --site-dir $(SITE_DIR)

bench: $(STAMP)
	$(PY) -m scripts.measure.bench

bench-search-page: $(DEV_STAMP)
	$(PY) -m scripts.measure.bench_search_page --count $(N) --corpus $(CORPUS)

bench-site: $(DEV_STAMP)
	$(PY) -m scripts.measure.bench_site --count $(N) --corpus $(CORPUS) $(if $(ADD),--add-one)

clean:
	rm -rf site site.build.json site.index.json .site.index-staging .pytest_cache
