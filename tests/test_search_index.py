"""The search index against brute force: every phrase finds exactly the documents whose text holds it,
whichever way the index answers (own key, a cut-off key whose few candidates are checked, or windows)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from scripts.site import search_index
from scripts.site.search_index import IndexReader, SearchDoc, normalize, update_index

ALPHABET = "发展改革创新经济社会的是在和人民"  # few characters: phrases repeat across documents


@pytest.fixture
def small_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiny partitions, shards and cut-off, so that a small corpus goes through every path of the build."""
    monkeypatch.setattr(search_index, "PARTITION_CHARS", 2_000)
    monkeypatch.setattr(search_index, "SHARD_TARGET", 512)
    monkeypatch.setattr(search_index, "SPLIT_BYTES", 128)
    monkeypatch.setattr(search_index, "CUTOFF", 4)
    monkeypatch.setattr(search_index, "DELTA_CUTOFF", 2)  # a delta of a few documents has deeper keys too


def corpus(rng: random.Random, count: int) -> list[SearchDoc]:
    docs = []
    for number in range(count):
        words = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 9))) for _ in range(rng.randint(5, 60))]
        text = "，".join(words) + ("。ＡＢＣ１２" if number % 7 == 0 else "")
        docs.append(SearchDoc(f"speeches/{number}/", words[0], words[1], "2020-01-01", text))
    return docs


def test_every_phrase_finds_exactly_the_documents_holding_it(tmp_path: Path, small_pieces: None) -> None:
    rng = random.Random(12)
    docs = corpus(rng, 60)
    update_index(tmp_path, docs, len(docs), full=True)
    reader = IndexReader(tmp_path)
    keys = reader.manifest["keys"]
    assert keys["partitions"] > 1 and max(keys["shards"]) > 1 and max(keys["split"]) > 0  # every kind of shard
    texts = [normalize(d.text) for d in docs]
    phrases = {"abc12", "不在这里", "展改革创新经济社会的是在和"}
    for _ in range(300):
        text = rng.choice(texts)
        start, length = rng.randrange(len(text)), rng.randint(1, 12)
        phrases.add(text[start : start + length])
    for phrase in sorted(phrases):
        terms = search_index.runs(phrase)
        if len(terms) == 1:
            expected = {n for n, text in enumerate(texts) if terms[0] in text}
            assert reader.phrase(terms[0]) == expected, phrase


def test_cut_off_keys_leave_few_candidates(tmp_path: Path, small_pieces: None) -> None:
    """A key below the cut-off has no stored children: a longer phrase checks fewer than CUTOFF texts."""
    docs = corpus(random.Random(3), 40)
    update_index(tmp_path, docs, len(docs), full=True)
    reader = IndexReader(tmp_path)
    for text in (normalize(d.text) for d in docs[:10]):
        for run in search_index.runs(text):
            for start in range(max(1, len(run) - 4)):
                ids, check = reader.lookup("k", run[start : start + 5])
                assert ids and (not check or len(ids) < search_index.CUTOFF)


def test_lists_are_varints_or_bitmaps_and_read_back() -> None:
    """A root's ids as gaps or a bitmap of all documents; a deeper key's as places in its parent's ids (gaps,
    a bitmap over the parent's list, or all of them); characters as gaps from the previous sibling's."""
    dense = search_index.array("I", range(0, 1000, 2))
    sparse = search_index.array("I", [4, 700, 998])
    assert search_index.encode_ids(dense, 1000)[1] and not search_index.encode_ids(sparse, 1000)[1]
    parents = {"发展": dense, "发展改": sparse, "发展的": dense[::3], "发展改革": sparse}
    below = bytearray()
    search_index.encode_records([(k, parents[k]) for k in ("发展改", "发展改革", "发展的")], parents, below)
    data = search_index.encode_root("发展", "", dense, 1000, bytes(below))
    nodes = search_index.decode_shard(data, 1000, split=False)
    assert [nodes[k].mode for k in ("发展", "发展改", "发展改革", "发展的")] == [
        search_index.BITMAP, search_index.GAPS, search_index.ALL, search_index.BITMAP]
    root = nodes["发展"].ids(None)
    assert root == list(dense)
    assert nodes["发展改"].ids(root) == list(sparse) and nodes["发展的"].ids(root) == list(dense[::3])
    assert nodes["发展改革"].ids(nodes["发展改"].ids(root)) == list(sparse)


def test_titles_and_speakers_have_their_own_index(tmp_path: Path) -> None:
    docs = [SearchDoc("speeches/a/", "在经济工作会议上的讲话", "王建国", "", "在经济工作会议上的讲话\n正文"),
            SearchDoc("speeches/b/", "另一篇", "李经济", "", "在经济工作会议上")]
    update_index(tmp_path, docs, 2, full=True)
    reader = IndexReader(tmp_path)
    assert reader.lookup("f", "经济") == ([0, 3], False)  # 2i: title of i, 2i + 1: speaker of i
    assert reader.search("经济工作会议") == [0, 1]


def test_both_scripts_find_each_other(tmp_path: Path) -> None:
    """Text and query are folded to simplified characters (scripts/site/script_fold.py): 經濟 finds 经济 and back,
    in the text keys and in the title and speaker keys, and a text is checked in its folded form."""
    docs = [SearchDoc("speeches/0/", "優化營商環境大會講話", "陳嘉文", "2021-01-01",
                      "推動經濟高質量發展，優化營商環境"),
            SearchDoc("speeches/1/", "经济工作会议讲话", "陈嘉文", "2020-01-01",
                      "推动经济高质量发展，优化营商环境"),
            SearchDoc("speeches/2/", "其他", "王明", "2019-01-01", "别的内容")]
    update_index(tmp_path, docs, len(docs), full=True)
    reader = IndexReader(tmp_path)
    for query in ("經濟", "经济", "營商環境", "营商环境", "推动经济高质量发展", "推動經濟高質量發展"):
        assert reader.phrase(search_index.runs(query)[0]) == {0, 1}, query  # the 9-character ones: windows, checked
    assert reader.phrase(search_index.runs("推動經濟高質量發展優化")[0]) == set()  # across the comma: in no run
    for name in ("陳嘉文", "陈嘉文"):
        assert set(reader.lookup("f", normalize(name))[0]) == {1, 3}, name  # 2i + 1: the speaker of i


def test_documents_as_a_stream_build_the_same_bytes(tmp_path: Path, small_pieces: None) -> None:
    """The build reads its documents once (texts spilled to scratch, spill_docs): a generator, as the site
    build passes them, gives the same files as a list."""
    docs = corpus(random.Random(5), 50)
    update_index(tmp_path / "list", docs, len(docs), full=True)
    update_index(tmp_path / "stream", (doc for doc in docs), len(docs), full=True)
    listed = sorted(p.relative_to(tmp_path / "list") for p in (tmp_path / "list").rglob("*") if p.is_file())
    streamed = sorted(p.relative_to(tmp_path / "stream") for p in (tmp_path / "stream").rglob("*") if p.is_file())
    assert listed == streamed and len(listed) > 10
    for path in listed:
        assert (tmp_path / "list" / path).read_bytes() == (tmp_path / "stream" / path).read_bytes(), path


def test_worker_processes_write_the_same_files_as_one_process(tmp_path: Path, small_pieces: None,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Pass 1's chunks and pass 2's partitions built by two worker processes (finishing in any order) give the
    same files, byte for byte, as the build's own process doing them one by one (scripts/core/workers.py)."""
    monkeypatch.setattr(search_index, "SPOOL_CHUNK", 7)  # several chunks of documents
    docs = corpus(random.Random(8), 60)
    update_index(tmp_path / "serial" / "site", docs, len(docs), full=True, workers=1)
    update_index(tmp_path / "parallel" / "site", docs, len(docs), full=True, workers=2)
    serial, parallel = (index_files(tmp_path / name / "site") for name in ("serial", "parallel"))
    manifest = IndexReader(tmp_path / "parallel" / "site").manifest
    assert manifest["keys"]["partitions"] > 2 and any(manifest["keys"]["split"]), "every path of the build ran"
    assert list(parallel) == list(serial) and parallel == serial
    record = search_index.record_path
    assert record(tmp_path / "serial" / "site").read_bytes() == record(tmp_path / "parallel" / "site").read_bytes()


# ------------------------------------------------------------------------------- delta builds (update_index)


def edited(docs: list[SearchDoc]) -> list[SearchDoc]:
    """The corpus after an editor's day: two speeches added (newest, so every later number moves), one
    changed (new text, old text gone), one removed."""
    added = [SearchDoc(f"speeches/new{k}/", d.title, d.speaker, d.date, d.text + "，新增独有词")
             for k, d in enumerate(corpus(random.Random(99), 2))]
    changed = SearchDoc(docs[5].url, docs[5].title, docs[5].speaker, docs[5].date, "改写以后的正文，原文不在了")
    return [*added, *docs[:5], changed, *docs[6:20], *docs[21:]]


def phrases_of(docs: list[SearchDoc], rng: random.Random, count: int) -> set[str]:
    texts = [normalize(d.text) for d in docs]
    found = {"新增独有词", "改写以后的正文", "原文不在了", "不在这里"}
    while len(found) < count:
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        found.add(text[start : start + rng.randint(1, 12)])
    return found


def index_files(site: Path) -> dict[str, bytes]:
    root = site / search_index.INDEX_DIR
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_a_delta_build_answers_every_query_as_a_full_build_does(tmp_path: Path, small_pieces: None) -> None:
    """After adding, changing and removing documents, the delta build writes only the delta segment and the
    manifest (the base's files keep their bytes), and every query returns exactly the documents holding it:
    the same current numbers as a full build of the same documents (the changed one by its new text only)."""
    rng = random.Random(21)
    docs = corpus(rng, 60)
    update_index(tmp_path / "site", docs, len(docs))
    base = index_files(tmp_path / "site")
    now = edited(docs)
    summary = update_index(tmp_path / "site", now, len(now))
    assert summary["delta"] == 3 and summary["documents"] == len(now)
    after = index_files(tmp_path / "site")
    assert {name for name in after if after[name] != base.get(name)} == {"manifest.json"} | {
        name for name in after if name.startswith("delta/")}
    assert set(base) <= set(after)
    update_index(tmp_path / "full", now, len(now), full=True)
    assert not (tmp_path / "full" / search_index.INDEX_DIR / "delta").exists()
    delta, full = IndexReader(tmp_path / "site"), IndexReader(tmp_path / "full")
    assert delta.urls() == full.urls() == [d.url for d in now]
    texts = [normalize(d.text) for d in now]
    for phrase in sorted(phrases_of(now + docs, rng, 300)):
        terms = search_index.runs(phrase)
        if len(terms) == 1:
            expected = {n for n, text in enumerate(texts) if terms[0] in text}
            assert delta.phrase(terms[0]) == full.phrase(terms[0]) == expected, phrase
        assert delta.search(phrase) == full.search(phrase), phrase
    assert delta.search("改写以后的正文") == [7] and delta.search(normalize(docs[5].text)[:9]) == []
    assert [delta.text(n) for n in range(len(now))] == [d.text for d in now]


def test_the_delta_depends_only_on_the_base_and_the_documents(tmp_path: Path, small_pieces: None) -> None:
    """Two additions built one after the other give the same bytes as both at once; an unchanged rebuild
    rewrites nothing; going back to the base's documents gives the base's files exactly."""
    docs = corpus(random.Random(8), 40)
    extra = [SearchDoc(f"speeches/x{k}/", "新的", "某人", "2030-01-01", f"第{k}篇新增的讲话") for k in range(2)]
    for name in ("steps", "once"):
        update_index(tmp_path / name, docs, len(docs))
    base = index_files(tmp_path / "steps")
    update_index(tmp_path / "steps", [extra[0], *docs], len(docs) + 1)
    update_index(tmp_path / "steps", [*extra, *docs], len(docs) + 2)
    update_index(tmp_path / "once", [*extra, *docs], len(docs) + 2)
    assert index_files(tmp_path / "steps") == index_files(tmp_path / "once")
    manifest = tmp_path / "once" / search_index.INDEX_DIR / "manifest.json"
    written = manifest.stat().st_mtime_ns
    update_index(tmp_path / "once", [*extra, *docs], len(docs) + 2)
    assert manifest.stat().st_mtime_ns == written
    update_index(tmp_path / "once", docs, len(docs))
    assert index_files(tmp_path / "once") == base


def test_a_large_delta_is_folded_in_by_a_full_build(tmp_path: Path, small_pieces: None,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the delta's limit (or when the base's files are gone) the build is a full one: the same bytes as
    a build from nothing."""
    monkeypatch.setattr(search_index, "DELTA_MIN", 2)
    docs = corpus(random.Random(4), 40)
    update_index(tmp_path / "site", docs, len(docs))
    now = edited(docs)
    assert update_index(tmp_path / "site", now, len(now))["delta"] == 0  # 3 added or changed, 1 removed: over 2
    update_index(tmp_path / "clean", now, len(now))
    assert index_files(tmp_path / "site") == index_files(tmp_path / "clean")
    (tmp_path / "site" / search_index.INDEX_DIR / "manifest.json").unlink()
    assert update_index(tmp_path / "site", docs, len(docs))["delta"] == 0
