"""A <title> that puts the site's (and the column's) name before the headline ('某某市人民政府 - 新闻中心 - 标题')
gives the headline as the title, as a '标题_栏目_站名' <title> does (the `title-site-prefix` eval variant)."""

from pathlib import Path

from scripts.clean.metadata import title_parts
from scripts.clean.pipeline import normalize_file

HEADLINE = "示例市召开全市安全生产工作会议"
TEXT = ("会议指出，要坚持人民至上、生命至上，把安全生产各项措施落到实处，坚决遏制重特大事故发生。"
        "会议要求，各地各部门要压紧压实责任，深入开展隐患排查整治，确保全市安全形势持续稳定。")


def page(tmp_path: Path, title: str) -> str:
    html = (f"<html><head><title>{title}</title></head><body><div class='nav'><a href='/'>首页</a>"
            f"<a href='/xw/'>新闻中心</a></div><div class='article'><p>{HEADLINE}</p><p>{TEXT}</p><p>{TEXT}</p>"
            "</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return normalize_file(path).markdown


def test_site_and_column_before_the_headline_are_turned_round():
    assert title_parts(f"示例市人民政府 - 新闻中心 - {HEADLINE}") == [HEADLINE, "新闻中心", "示例市人民政府"]
    assert title_parts(f"{HEADLINE}_新闻中心_示例市人民政府") == [HEADLINE, "新闻中心", "示例市人民政府"]


def test_the_page_gets_its_headline_whichever_end_of_the_title_holds_it(tmp_path):
    for title in (f"示例市人民政府 - 新闻中心 - {HEADLINE}", f"{HEADLINE}_新闻中心_示例市人民政府",
                  f"示例市政务网 | 要闻 | {HEADLINE}"):
        assert f"title: {HEADLINE}" in page(tmp_path, title), title
