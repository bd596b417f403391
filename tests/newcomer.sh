#!/usr/bin/env bash
# A newcomer's first hour, run by .ci/run after the test suite: a fresh clone of the commit under test, the
# README's two commands, then CONTRIBUTING's examples followed literally: `make serve`, `make add SRC=` of a
# saved page, the raw file named as CONTRIBUTING says, a sidecar correction picked up by the running preview,
# `make ingest`, `make check`. Any step that fails fails the run.
#
# The README's `make test` runs a fast part of the suite here (the whole suite has just run on the same
# commit); set NEWCOMER_TESTS=all to run all of it.
set -euo pipefail
set -m  # background jobs get their own process group, so `make serve` and its Python child stop together

repo=$(cd "$(dirname "$0")/.." && pwd)
# safe.directory: in CI containers the checkout belongs to another user than the one running this script
commit=$(git -c safe.directory="$repo" -C "$repo" rev-parse HEAD)
work=$(mktemp -d "${TMPDIR:-/tmp}/newcomer.XXXXXX")
serve_pid=""
cleanup() {
  if [ -n "$serve_pid" ]; then kill -- "-$serve_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
step() { printf '\n== newcomer: %s\n' "$*"; }
fail() { printf 'newcomer: FAILED: %s\n' "$*" >&2; exit 1; }

step "git clone (commit $commit)"
git -c safe.directory="$repo" clone --quiet --no-checkout "$repo" "$work/archive"
cd "$work/archive"
git checkout --quiet "$commit"

step "README: make site"
make site

step "README: make test"
if [ "${NEWCOMER_TESTS:-fast}" = all ]; then
  make test
else
  PYTEST_ADDOPTS="-k 'test_seeds or test_add or test_fonts or test_check'" make test
fi

step "CONTRIBUTING 0: make serve"
port=$(.venv/bin/python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
make serve PORT="$port" > "$work/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 60); do curl -fsS -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; sleep 1; done
curl -fsS -o /dev/null "http://127.0.0.1:$port/" || { cat "$work/serve.log"; fail "make serve does not answer"; }

step "CONTRIBUTING 1: make add SRC= a saved page"
saved=tests/fixtures/gov_portal_gbk.html
make add SRC="$saved" | tee "$work/add.log"
raw=$(sed -n 's/^  raw file   //p' "$work/add.log")
page=$(sed -n 's/^  page       //p' "$work/add.log")
[ -f "$raw" ] && [ -f "$page" ] || fail "make add did not report a raw file and a page"
cmp -s "$saved" "$raw" || fail "$raw is not a byte-for-byte copy of $saved"

step "CONTRIBUTING 1: the raw file is named <date>-<pinyin initials>-<first 8 hex of sha256>.<extension>"
name=$(basename "$raw")
hash8=$(sha256sum "$saved" | cut -c1-8)
[[ "$name" =~ ^([0-9]{4}-[0-9]{2}-[0-9]{2}|date-unknown)-[a-z0-9]{1,16}-${hash8}\.html$ ]] \
  || fail "$name does not follow CONTRIBUTING's naming scheme"
slug=$(basename "$page" .md)
for _ in $(seq 120); do grep -qs "/$slug/" site/sitemap.xml && break; sleep 1; done
grep -qs "/$slug/" site/sitemap.xml || { cat "$work/serve.log"; fail "make serve did not rebuild after make add"; }

step "CONTRIBUTING 2: a sidecar correction"
sidecar="${raw%.*}.meta.yml"
cat > "$sidecar" <<'YAML'
title: 在全县优化营商环境大会上的讲话（更正）
YAML
make ingest
grep -q '^title: 在全县优化营商环境大会上的讲话（更正）$' "$page" || fail "the sidecar's title is not in $page"
url="http://127.0.0.1:$port/$(dirname "${page#docs/}")/$slug/"
# The page goes to a file before grep reads it: `curl | grep -q` fails under pipefail whenever grep finds the
# text before curl has written the whole page (curl then reports "(23) Failed writing body").
shown="$work/preview.html"
for _ in $(seq 120); do curl -fsS -o "$shown" "$url" 2>/dev/null && grep -q '（更正）' "$shown" && break; sleep 1; done
curl -fsS -o "$shown" "$url" && grep -q '（更正）' "$shown" \
  || { cat "$work/serve.log"; fail "the preview at $url does not show the correction"; }
kill -- "-$serve_pid"
serve_pid=""

step "CONTRIBUTING: make check"
make check

step "all passed"
