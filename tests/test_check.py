"""`make check`: schema messages name file and field; pages in sync with source_texts/; duplicates."""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.clean import schema
from scripts.clean.pipeline import normalize_file
from scripts.clean.render import FrontMatterError, split_front_matter
from scripts.core.paths import REPO
from scripts.site.ingest import raw_files, record_addresses, render_all
from scripts.tools import check

THEMES = schema.load_theme_names(REPO / check.THEMES_FILE)
TODAY = dt.date(2026, 11, 22)
PAGE = "docs/speeches/2021/x.md"
GOOD_META: dict[str, Any] = {
    "title": "在创新驱动推进高质量发展座谈会上的讲话",
    "speaker": "武文罡",
    "date": dt.date(2021, 11, 5),
    "published": dt.date(2021, 11, 9),
    "year": 2021,
    "genre": "讲话",
    "source": {"name": "安政通报", "issue": "第四十六期", "file": "source_texts/x.txt", "sha256": "a" * 64},
    "tags": ["科技创新", "产业发展"],
    "anonymized": False,
    "notes": ["根据录音整理"],
}


def meta_with(**changes: Any) -> dict[str, Any]:
    meta = copy.deepcopy(GOOD_META)
    for name, value in changes.items():
        if value is None:
            meta.pop(name)
        else:
            meta[name] = value
    return meta


def problems(meta: dict[str, Any]) -> list[str]:
    return schema.check_meta(PAGE, meta, THEMES, TODAY)


# ---------------------------------------------------------------- schema


def test_good_front_matter_passes() -> None:
    assert problems(GOOD_META) == []


def test_optional_fields_may_be_absent() -> None:
    assert problems(meta_with(speaker=None, date=None, published=None, year=None, notes=None)) == []


def test_a_speech_whose_source_gives_no_title_has_none() -> None:
    assert problems(meta_with(title=None)) == []  # faithful over invented: the site shows a marked name


@pytest.mark.parametrize(("changes", "expected"), [
    ({"title": ""}, "title: is empty"),
    ({"genre": None}, "genre: required field is missing"),
    ({"tags": None}, "tags: required field is missing"),
    ({"source": {"name": "x", "sha256": "a" * 64}}, "source.file: required field is missing"),
    ({"source": {"file": "source_texts/x.txt"}}, "source.sha256: required field is missing"),
    ({"year": "2021"}, "year: expected a whole number, got str '2021'"),
    ({"year": True}, "year: expected a whole number, got bool True"),
    ({"date": "2021-11-05"}, "date: expected a date YYYY-MM-DD, got str '2021-11-05'"),
    ({"date": dt.datetime(2021, 11, 5, 9, 30)}, "date: expected a date YYYY-MM-DD"),
    ({"tags": "科技创新"}, "tags: expected a list"),
    ({"anonymized": "no"}, "anonymized: expected true/false"),
    ({"speaker_tilte": "市长"}, "speaker_tilte: unknown field"),
    ({"genre": "演讲"}, "genre: '演讲' is not one of 讲话, 文章, 报告"),
    ({"title": "  "}, "title: is empty"),
    ({"tags": ["科技创新", "宇宙探索"]}, "tags: '宇宙探索' is not a theme of scripts/clean/rules/themes.yml"),
    ({"notes": ["ok", 3]}, "notes: 3 is not text"),
    ({"date": dt.date(2031, 11, 5), "year": 2031, "published": dt.date(2031, 11, 9)},
     "date: 2031-11-05 is in the future"),
    ({"date": dt.date(1021, 11, 5), "year": 1021}, "date: 1021-11-05 is before 1900-01-01"),
    ({"published": dt.date(2021, 11, 1)}, "published: 2021-11-01 is before the speech was delivered"),
    ({"year": 2020}, "year: 2020 does not match the date 2021-11-05"),
    ({"source": {**GOOD_META["source"], "sha256": "XYZ"}}, "source.sha256: 'XYZ' is not 64 lower-case hex"),
    ({"source": {**GOOD_META["source"], "edition": 2}}, "source.edition: unknown field"),
    ({"related": [{"file": "x.txt", "relation": "版本"}]}, "related[0].file: 'x.txt' should be a path like"),
    ({"related": ["source_texts/y.txt"]}, "related[0]: expected a mapping with `file`"),
    ({"related": [{"file": "source_texts/y.txt"}]}, "related[0].relation: expected text"),
])
def test_each_problem_names_file_and_field(changes: dict[str, Any], expected: str) -> None:
    found = problems(meta_with(**changes))
    assert any(line.startswith(f"{PAGE}: {expected}") for line in found), found


def test_without_a_delivery_date_the_year_may_precede_publication_but_not_follow_it() -> None:
    assert problems(meta_with(date=None, year=2021)) == []
    assert problems(meta_with(date=None, year=2020)) == []  # e.g. seed 002: a 2021 meeting, posted in 2022
    expected = f"{PAGE}: year: 2022 is after the text was published (2021-11-09)"
    assert problems(meta_with(date=None, year=2022)) == [expected]


def test_split_front_matter_reads_yaml_dates_and_body() -> None:
    text = "---\n" + yaml.safe_dump(GOOD_META, allow_unicode=True) + "---\n\n同志们：\n"
    meta, body = split_front_matter(text)
    assert meta == GOOD_META
    assert body == "\n同志们：\n"


@pytest.mark.parametrize(("text", "message"), [
    ("同志们：\n", "does not start with a '---' front matter block"),
    ("---\ntitle: x\n同志们：\n", "not closed"),
    ("---\ntitle: [x\n---\n", "not valid YAML"),
    ("---\n- a list\n---\n", "not a mapping"),
])
def test_split_front_matter_refuses_broken_blocks(text: str, message: str) -> None:
    with pytest.raises(FrontMatterError, match=message):
        split_front_matter(text)


# ---------------------------------------------------------------- the whole check on a scratch archive


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """A scratch archive: the five seeds and exactly the pages `make ingest` makes from them."""
    root = tmp_path / "archive"
    shutil.copytree(REPO / "source_texts", root / "source_texts")
    (root / check.THEMES_FILE).parent.mkdir(parents=True)
    shutil.copy2(REPO / check.THEMES_FILE, root / check.THEMES_FILE)
    regenerate(root)
    return root


def regenerate(root: Path) -> None:
    pages, errors = render_all(root / "source_texts", root)
    assert errors == []
    shutil.rmtree(root / "docs" / "speeches", ignore_errors=True)
    for relative, text in pages.items():
        (root / "docs" / relative).parent.mkdir(parents=True, exist_ok=True)
        (root / "docs" / relative).write_text(text, encoding="utf-8")
    record_addresses(root / "docs", list(pages))


def seed_name(prefix: str) -> str:
    (path,) = [p for p in raw_files(REPO / "source_texts") if p.name.startswith(f"{prefix}_")]
    return path.name


def page_of(root: Path, prefix: str) -> Path:
    (path,) = (root / "docs" / "speeches").rglob(f"{prefix}-*.md")
    return path


def failures(root: Path) -> list[str]:
    report = check.run_checks(root, TODAY, build=False)
    return [problem for section in report.problems.values() for problem in section]


def test_the_seed_archive_passes(archive: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check.main(["--skip-site", "--root", str(archive)]) == 0
    out = capsys.readouterr().out
    assert "== Front matter: ok" in out and "== Duplicates: ok" in out
    assert out.rstrip().endswith("make check: all passed")


def test_seeds_000_and_003_are_shown_as_related_not_duplicates(archive: Path) -> None:
    pages, _ = check.read_pages(archive)
    problems, notes = check.check_duplicates(pages)
    assert problems == []
    (note,) = [note for note in notes
               if f"source_texts/{seed_name('000')}" in note and f"source_texts/{seed_name('003')}" in note]
    assert re.search(r": related: (1\d|2\d)% shared passages", note), note


def test_a_hand_edited_page_is_reported_with_the_line(archive: Path) -> None:
    page = page_of(archive, "004")
    page.write_text(page.read_text(encoding="utf-8").replace("同志们", "同志们们", 1), encoding="utf-8")
    (problem,) = failures(archive)
    relative = page.relative_to(archive)
    assert problem.startswith(f"{relative}: differs from what `make ingest` generates (line ")
    assert "put the correction in the raw file's sidecar" in problem


def test_a_raw_file_without_its_page_and_an_orphan_page_are_reported(archive: Path) -> None:
    page = page_of(archive, "002")
    page.unlink()
    stray = archive / "docs" / "speeches" / "2020" / "stray.md"
    stray.parent.mkdir(exist_ok=True)
    stray.write_text(page_of(archive, "003").read_text(encoding="utf-8"), encoding="utf-8")
    found = failures(archive)
    assert f"{page.relative_to(archive)}: missing (a raw file has no page); run `make ingest`" in found
    assert check.main(["--skip-site", "--root", str(archive)]) == 1
    assert any(line.startswith("docs/speeches/2020/stray.md: orphan page") for line in found)


def test_a_raw_file_that_cannot_become_a_page_is_reported(archive: Path) -> None:
    (archive / "source_texts" / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(256))
    (problem,) = failures(archive)
    assert problem.startswith("source_texts/broken.txt: cannot become a page (")


def test_an_untitled_speech_passes_with_a_note_on_how_to_set_its_title(archive: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The archive's own ingest accepts a speech whose source gives no title (faithful over invented)."""
    seed = archive / "source_texts" / seed_name("004")
    lines = seed.read_text(encoding="utf-8").split("\n")
    seed.write_text("新华社北京12月31日电\n\n" + "\n".join(lines[14:]), encoding="utf-8")  # no title line
    regenerate(archive)
    assert check.main(["--skip-site", "--root", str(archive)]) == 0
    out = capsys.readouterr().out
    note = next(line for line in out.splitlines() if "no title found" in line)
    assert "（无题）" in note and f"set `title:` in source_texts/{seed.stem}.meta.yml" in note


def test_front_matter_problems_name_the_page_and_field(archive: Path) -> None:
    page = page_of(archive, "000")
    text = page.read_text(encoding="utf-8").replace("date: 2021-11-05", "date: 2031-11-05", 1)
    page.write_text(text, encoding="utf-8")
    found = failures(archive)
    assert f"{page.relative_to(archive)}: date: 2031-11-05 is in the future" in found


def test_a_raw_file_changed_after_ingest_fails_its_hash(archive: Path) -> None:
    raw = archive / "source_texts" / seed_name("003")
    raw.write_bytes(raw.read_bytes() + "\n补充一句。\n".encode())
    found = failures(archive)
    assert f"{page_of(archive, '003').relative_to(archive)}: source.sha256: does not match the bytes of" \
           f" source_texts/{seed_name('003')}" in found


def test_an_undeclared_duplicate_fails_and_a_declared_one_is_a_note(archive: Path) -> None:
    text = (archive / "source_texts" / seed_name("002")).read_text(encoding="utf-8")
    (archive / "source_texts" / "copy-002.txt").write_text(rescrape(text), encoding="utf-8")
    regenerate(archive)
    (problem,) = failures(archive)
    assert problem.startswith(f"source_texts/{seed_name('002')} (")
    assert "source_texts/copy-002.txt (docs/speeches/" in problem
    assert re.search(r"the same speech twice, duplicate: \d+% shared passages", problem)

    sidecar = {"related": [{"file": f"source_texts/{seed_name('002')}", "relation": "同一讲话的另一版本"}]}
    (archive / "source_texts" / "copy-002.meta.yml").write_text(yaml.safe_dump(sidecar, allow_unicode=True),
                                                              encoding="utf-8")
    regenerate(archive)
    assert failures(archive) == []
    pages, _ = check.read_pages(archive)
    assert any("[declared in a sidecar]" in note for note in check.check_duplicates(pages)[1])


def rescrape(text: str) -> str:
    marked = "".join(text[i : i + 300] + "某某文库整理" for i in range(0, len(text), 300))
    return "您好，欢迎访问某某文库\n" + marked + "\n责任编辑：某某\n"


def test_a_failing_site_build_is_reported_with_its_output(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    found = check.check_site_build(tmp_path)  # no mkdocs.yml and no builder: mkdocs --strict fails
    assert found[0].startswith("`-m mkdocs` failed (exit ")
    assert any("mkdocs.yml" in line for line in found[1:])


def test_the_repository_site_builds_strictly() -> None:
    assert check.check_site_build(REPO) == []


def contributing_sidecar_examples() -> list[dict[str, Any]]:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.DOTALL)]


@pytest.mark.parametrize("example", contributing_sidecar_examples())
def test_every_sidecar_example_in_contributing_works(archive: Path, example: dict[str, Any]) -> None:
    raw = archive / "source_texts" / seed_name("003")
    if "encoding" in example:  # the example states how the raw bytes are encoded: make them so
        raw.write_bytes(raw.read_text(encoding="utf-8").encode(example["encoding"]))
    (archive / "source_texts" / f"{raw.stem}.meta.yml").write_text(yaml.safe_dump(example, allow_unicode=True),
                                                                   encoding="utf-8")
    meta = normalize_file(raw, archive).meta
    assert schema.check_meta("page", meta, THEMES, TODAY) == []
    for field, value in example.items():
        if field == "encoding":
            assert field not in meta and meta["title"].startswith("认真学习贯彻")
        elif field == "tags_add":
            assert set(value) <= set(meta["tags"])
        elif field == "tags_remove":
            assert not set(value) & set(meta["tags"])
        elif field == "source":
            assert value.items() <= meta["source"].items()
        elif value is None:
            assert field not in meta
        else:
            assert meta[field] == value
