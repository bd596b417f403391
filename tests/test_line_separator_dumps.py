"""A hard-wrapped text dump whose lines end with U+2028 (or U+2029, NEL) is rejoined as one whose lines end with a line
feed: the decoder ends a line at each of them before it looks for the dump's width (decode.text_to_lines), so a
photo credit or a paragraph the dump cut in two is one line again. Every input is made up."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.clean.decode import text_to_lines
from scripts.clean.pipeline import normalize_file
from scripts.measure.variants import VARIANTS

TITLE = "在全县秋季农业生产工作会议上的讲话"
CAPTION = "9月13日，县长张某某在全县秋季农业生产工作会议上讲话。某某日报记者 王某某 摄"
PARAGRAPHS = [
    "今天召开全县秋季农业生产工作会议，主要任务是分析当前农业农村形势，安排部署秋收秋种工作，动员全县上下抓好落实。",
    "秋季农业生产是全年粮食生产的关键环节，抓好秋收秋种，对于稳定粮食生产、促进农民增收具有十分重要的意义。",
    "各级各部门要压紧压实工作责任，扎实做好秋收秋种各项工作，确保颗粒归仓、应收尽收，确保秋种面积稳中有增。",
    "要加强农业社会化服务，组织好农机跨区作业，做好农资供应和价格监管，为秋收秋种提供有力保障，不误农时。",
    "要强化防灾减灾，密切关注天气变化，及时发布预警信息，制定完善应急预案，最大限度减轻自然灾害造成的损失。",
    "同志们，做好秋季农业生产工作责任重大，大家要以更加饱满的热情、更加务实的作风，确保完成今年各项目标任务。",
]
LINES = [TITLE, "（2023年9月13日）", "张某某", "", CAPTION, "", "同志们：",
         *(paragraph * 3 for paragraph in PARAGRAPHS), "谢谢大家。"]


def dump(separator: str) -> str:
    """The page hard-wrapped as a PHP or PDF dump cuts it (the wrapped variant), its lines ended by `separator`."""
    out = VARIANTS["wrapped"].apply((separator.join(LINES) + separator).encode("utf-8"), Path("page.txt"))
    assert out is not None
    return out.decode("utf-8")


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_a_dump_of_line_separators_is_rejoined_as_one_of_line_feeds(separator: str) -> None:
    assert text_to_lines(dump(separator)) == text_to_lines(dump("\n"))


def test_the_rejoined_dump_has_its_caption_and_paragraphs_whole() -> None:
    lines = text_to_lines(dump("\u2028"))
    assert CAPTION.replace(" ", "", 1) in lines  # the space at the cut goes with it
    assert all(paragraph * 3 in lines for paragraph in PARAGRAPHS)


def test_the_dump_reads_as_the_page_it_was_cut_from(tmp_path: Path) -> None:
    documents = []
    for name, text in [("plain.txt", "\n".join(LINES) + "\n"), ("dump.txt", dump("\u2028"))]:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        documents.append(normalize_file(path, tmp_path))
    plain, dumped = documents
    assert dumped.meta["title"] == plain.meta["title"] == TITLE
    assert dumped.body == plain.body
