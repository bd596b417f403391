"""The evaluator reads a labelled page kept in its site's own encoding (a GB2312 page a crawler saved as it came, a
GBK record) as BeautifulSoup reads bytes, so its label's strings are found; a UTF-8 page is read as before."""

from pathlib import Path

from scripts.measure.evaluate import visible_text

PAGE = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>示例</title></head>'
        "<body><p>同志们：今天的会议很重要。</p></body></html>")


def test_a_gb2312_page_is_read_in_its_declared_encoding(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_bytes(PAGE.encode("gb2312"))
    assert "同志们：今天的会议很重要。" in visible_text(path)


def test_a_gbk_record_without_a_charset_is_read_in_the_encoding_its_bytes_show(tmp_path: Path):
    """A crawler's JSON record saved in GBK, with no charset marker (no HTML to declare one)."""
    path = tmp_path / "record.json"
    record = '{"title": "在全县经济工作会议上的讲话", "content": ["同志们：今天的会议很重要，大家要认真抓好落实。"]}'
    path.write_bytes(record.encode("gbk"))
    assert "同志们：今天的会议很重要，大家要认真抓好落实。" in visible_text(path)


def test_a_utf8_page_and_a_text_file_are_read_as_utf8(tmp_path: Path):
    page, text = tmp_path / "page.html", tmp_path / "page.txt"
    page.write_bytes(PAGE.encode("utf-8"))  # a page whose declaration is wrong is still read as the bytes are
    text.write_bytes("\ufeff同志们：".encode())
    assert "同志们：今天的会议很重要。" in visible_text(page)
    assert visible_text(text) == "同志们："


def test_the_totals_line_says_which_fields_are_wrong_and_how_many_pages_were_refused():
    from scripts.measure.evaluate import PageScore, summary_of_misses

    scored = [PageScore("1.html", "speech", True, gold_chars=10, matched=10,
                        meta_wrong=[("date", "missed"), ("speaker", "other")]),
              PageScore("2.txt", "speech", True, refused="the file is empty", gold_chars=10,
                        meta_wrong=[("date", "extra")]),
              PageScore("3.txt", "report", True, gold_chars=10, matched=5)]
    assert summary_of_misses(scored) == (" (wrong: speaker 1 (other 1), date 2 (missed 1 extra 1); refused 1, "
                                         "recall under 0.9 1)")
    assert summary_of_misses(scored[2:3]) == " (wrong: none; refused 0, recall under 0.9 1)"
