"""An article saved as one row of an SQL file (scripts/clean/sql_record.py and containers.sql_record_page): one
INSERT of one row, or one row cut from an extended INSERT, is a record; a dump of several rows stays refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scripts.clean.containers import RULES_FILE, unwrap, without_save_stamp
from scripts.clean.pipeline import normalize_file
from scripts.clean.sql_record import bare_rows, sql_rows
from scripts.core.errors import InputError
from scripts.tools import add
from tests.conftest import case_params

PARAGRAPHS = [
    "同志们：",
    "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作。",
    "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有重要意义。",
    "同志们，做好秋季农业生产工作责任重大，希望大家扎实工作，确保各项任务圆满完成。谢谢大家！",
]
OTHER = [
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。",
    "过去一年，全市上下坚持稳中求进工作总基调，经济运行稳中有进，民生事业持续改善，社会大局保持稳定。",
    "各位代表，新的征程已经开启，让我们团结一心、奋勇争先，为全面建设社会主义现代化而努力奋斗！",
]
TITLE = "在全县秋季农业生产工作会议上的讲话"


def html(paragraphs: list[str]) -> str:
    r"""The paragraphs as a CMS stores them in a dump: HTML with its quotes escaped (\") and line ends as \r\n."""
    return "\\r\\n".join(f'<p style=\\"text-indent: 2em;\\">{line}</p>' for line in paragraphs)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---- reading SQL values


def test_values_are_read_as_mysql_writes_them() -> None:
    text = ("-- a dump\n/*!40101 SET NAMES utf8 */;\nINSERT INTO `t` VALUES "
            "(1, -2.5, NULL, 'it''s \"\"x\"\"', 'a\\'b\\\"c\\\\d\\ne\\tf', \"q\\\"q\", _utf8mb4'x', NOW(), 0x1F);\n")
    found = sql_rows(text)
    assert found is not None and found.inserts == 1
    assert found.rows[0].values == (1, -2.5, None, 'it\'s ""x""', "a'b\"c\\d\ne\tf", 'q"q', "x", None, None)
    assert found.rows[0].table == "t" and found.rows[0].columns == ()


def test_columns_come_from_the_insert_or_from_the_create_table_of_the_same_table() -> None:
    text = ("<?php exit;?>\nCREATE TABLE IF NOT EXISTS `db`.`news` (\n  `id` int(11) NOT NULL,\n  `title` varchar(80)"
            " DEFAULT '',\n  `body` text COMMENT 'the (html) text',\n  `price` decimal(10,2),\n  PRIMARY KEY (`id`),\n"
            "  KEY `t` (`title`)\n) ENGINE=MyISAM;\nINSERT INTO `news` VALUES (1, 'a', 'b', 2.5);\n"
            "INSERT INTO other (x, y) VALUES (3, 'c');\nINSERT INTO third VALUES (4, 'd');\n")
    found = sql_rows(text)
    assert found is not None
    assert [row.columns for row in found.rows] == [("id", "title", "body", "price"), ("x", "y"), ()]
    assert found.inserts == 3 and found.tables == ("news", "other", "third")


def test_a_broken_insert_is_not_read() -> None:
    assert sql_rows("INSERT INTO t VALUES (1, 'never closed);\n") is None


@pytest.mark.parametrize("text", ["(一)今天召开全县秋季农业生产工作会议，主要任务是安排部署秋收秋种工作。",
                                  "(1, 2, 3),",  # numbers only: no string, nothing to read
                                  "('一个值'),",  # one value: a parenthesised remark, not a row
                                  "(1, '标题') 后面还有别的文字。"])
def test_text_that_is_not_a_bare_row_is_not_read_as_one(text: str) -> None:
    assert bare_rows(text) is None


# ---- one row is one page


def test_one_insert_of_one_row_is_read_as_a_record_with_its_named_columns(tmp_path: Path) -> None:
    text = ("SET NAMES utf8mb4;\nCREATE TABLE `article` (`id` int, `title` varchar(200), `content` mediumtext, "
            "`pubdate` datetime, `ip` varchar(16));\n"
            f"INSERT INTO `article` VALUES (12, '{TITLE}', '{html(PARAGRAPHS)}', '2023-09-13 10:20:00', '10.0.0.1');\n")
    document = normalize_file(write(tmp_path, "backup.sql", text), tmp_path)
    assert all(line in document.body for line in PARAGRAPHS)
    assert document.meta["title"] == TITLE and str(document.meta["published"]) == "2023-09-13"
    for leak in ("INSERT", "10.0.0.1", "\\r\\n", "\\\"", "text-indent"):
        assert leak not in document.body


def test_a_row_without_column_names_gives_its_longest_prose_value_and_a_warning(tmp_path: Path) -> None:
    summary = PARAGRAPHS[1]  # a summary repeating the first paragraph: shorter, not the text
    text = (f"INSERT INTO `cms_addon` VALUES ('961','17','1','','','{summary}','192.168.1.10','1626053774',"
            f"'{html(PARAGRAPHS)}','','');")
    document = normalize_file(write(tmp_path, "record.html", text), tmp_path)
    assert document.body.count(summary) == 1
    for leak in ("INSERT", "cms_addon", "192.168.1.10", "1626053774"):
        assert leak not in document.body
    assert not document.meta.get("published")  # a Unix time is the CMS's, not a stated date
    assert any("`value 9`" in warning and "longest prose" in warning for warning in document.warnings)


def test_a_bare_row_cut_from_an_extended_insert_is_one_record(tmp_path: Path) -> None:
    title = "全县秋季农业生产工作会议召开"
    text = f"(13, 1, '{title}', '{html(PARAGRAPHS)}', 1, '2023-09-13 10:20:00'),"
    page = unwrap(text.encode(), tmp_path / "row.html")
    assert page.fields.title == title and page.fields.published == "2023-09-13 10:20:00"
    assert any("names no columns" in warning and "`value 3`" in warning for warning in page.warnings)
    document = normalize_file(write(tmp_path, "row.html", text), tmp_path)
    assert all(line in document.body for line in PARAGRAPHS)
    assert "\\r\\n" not in document.body and "(13, 1" not in document.body
    assert document.meta["title"] == title


def test_an_unnamed_rows_created_and_updated_times_are_not_guessed_between(tmp_path: Path) -> None:
    text = f"(13, '{html(PARAGRAPHS)}', '2023-09-13 10:20:00', '2023-10-01 08:00:00');"
    assert unwrap(text.encode(), tmp_path / "row.txt").fields.published == ""


# ---- several rows, or none with a text, stay refused


@pytest.mark.parametrize(("text", "says"), [
    (f"INSERT INTO news VALUES (1, '{TITLE}', '{html(PARAGRAPHS)}');\n"
     f"INSERT INTO news VALUES (2, '工作报告', '{html(OTHER)}');\n", r"2 rows in 2 INSERT statements into 1 table"),
    (f"INSERT INTO news VALUES (1, 'a', '{html(PARAGRAPHS)}'), (2, 'b', '{html(OTHER)}'), (3, 'c', '');\n",
     r"3 rows in 1 INSERT statement into 1 table \(`news`\)"),
    (f"(1, 'a', '{html(PARAGRAPHS)}'),\n(2, 'b', '{html(OTHER)}'),\n", r"2 rows cut from an INSERT statement"),
    ("CREATE TABLE news (id int, content text);\nDROP TABLE old;\n", r"2 CREATE TABLE/INSERT INTO statements, no row"),
])
def test_a_dump_of_several_rows_or_of_none_is_refused_saying_how_many(tmp_path: Path, text: str, says: str) -> None:
    with pytest.raises(InputError, match=r"SQL database dump \(" + says) as refusal:
        normalize_file(write(tmp_path, "dump.sql", text), tmp_path)
    assert "dump.sql" in str(refusal.value)


def test_one_row_without_a_text_is_refused_saying_why(tmp_path: Path) -> None:
    text = "INSERT INTO `config` (`id`, `name`, `value`) VALUES (1, 'site_name', '某某县人民政府');"
    with pytest.raises(InputError, match=r"holds one row \(INSERT INTO `config`, 3 values\), not a page: the row has "
                                         r"no text: no field is named content") as refusal:
        normalize_file(write(tmp_path, "config.sql", text), tmp_path)
    assert "config.sql" in str(refusal.value)


def test_an_unreadable_dump_keeps_the_plain_refusal(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"SQL database dump \(1 CREATE TABLE/INSERT INTO statements\)"):
        normalize_file(write(tmp_path, "dump.sql", "INSERT INTO t VALUES (1, 'never closed);\n"), tmp_path)


# ---- the rule data's own examples

RULES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
UNNAMED = [RULES["unnamed_values"]]
STAMP = [RULES["save_stamp"]]


@pytest.mark.parametrize(("entry", "example"), case_params(UNNAMED, "examples", RULES_FILE.name))
def test_unnamed_values_examples(tmp_path: Path, entry: dict, example: dict) -> None:
    page = unwrap(example["row"].encode(), tmp_path / "row.txt")
    assert example["text"] in page.data.decode()
    assert (page.fields.title, page.fields.published) == (example["title"], example["date"])


@pytest.mark.parametrize(("entry", "example"), case_params(STAMP, "examples", RULES_FILE.name))
def test_save_stamp_examples(entry: dict, example: dict) -> None:
    assert without_save_stamp(example["text"]) == example["becomes"]


@pytest.mark.parametrize(("entry", "keep"), case_params(STAMP, "keep", RULES_FILE.name))
def test_save_stamp_keeps(entry: dict, keep: str) -> None:
    assert without_save_stamp(keep) == keep


def test_an_autosaves_stamp_is_neither_text_nor_publication_date(tmp_path: Path) -> None:
    text = "<?php exit;?>2023-09-13 10:20:00&nbsp;&nbsp;" + "<br />\n<br />\n".join(PARAGRAPHS[1:]) + "\n"
    document = normalize_file(write(tmp_path, "editor.data.php.html", text), tmp_path)
    assert document.body.startswith(PARAGRAPHS[1])
    assert "10:20" not in document.body and not document.meta.get("published")


def test_a_php_guarded_backup_with_its_insert_on_the_guards_line_is_read_as_sql(tmp_path: Path) -> None:
    text = f"<?php exit;?>INSERT INTO `news` VALUES (1, '{TITLE}', '{html(PARAGRAPHS)}');\n"
    document = normalize_file(write(tmp_path, "data_1.php.txt", text), tmp_path)
    assert PARAGRAPHS[2] in document.body and "INSERT" not in document.body and "php" not in document.body



def test_a_one_row_sql_file_is_added_as_it_is(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    (root / "source_texts").mkdir(parents=True)
    source = write(tmp_path, "article_12.sql",
                   f"INSERT INTO `article` (`id`, `title`, `content`) VALUES (12, '{TITLE}', '{html(PARAGRAPHS)}');\n")
    assert add.main(["--src", str(source), "--root", str(root)]) == 0
    (raw,) = (root / "source_texts").glob("*.sql")
    assert raw.read_bytes() == source.read_bytes()


def test_a_named_text_column_of_an_unknown_name_is_found_as_the_longest_prose_and_named(tmp_path: Path) -> None:
    text = ("CREATE TABLE `xw` (`id` int, `bt` varchar(100), `nr` text, `zz` varchar(20));\n"
            f"INSERT INTO `xw` VALUES (3, '{TITLE}', '{html(PARAGRAPHS)}', '张明华');\n")
    page = unwrap(text.encode(), tmp_path / "xw.sql")
    assert page.fields.title == TITLE and page.fields.kind == "SQL"
    assert any("field `nr`" in warning for warning in page.warnings)
    assert not any("names no columns" in warning for warning in page.warnings)
