"""A <title> part that names an institution ('某某科技(天津)有限公司') is the site's name, never the page's title,
also when a portal appends its own name after it ('…有限公司_某某网')."""

from pathlib import Path

from scripts.clean.pipeline import normalize_file

TEXT = ("各位朋友：欢迎您访问我们的网站。公司成立以来，始终坚持质量第一、客户至上，产品远销国内外。"
        "我们愿与各界朋友携手共进，共创美好未来。")


def page(tmp_path: Path, title: str) -> str:
    html = (f"<html><head><title>{title}</title></head><body>"
            "<div class='crumb'><a href='/'>首页</a> &gt; <a href='/about/'>关于我们</a> &gt; 董事长致辞</div>"
            f"<div class='content'><p>{TEXT}</p><p>{TEXT}</p></div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return normalize_file(path).markdown


def test_a_company_name_alone_or_before_a_portal_name_is_no_title(tmp_path):
    for title in ("示例精工科技(天津)有限公司", "示例精工科技(天津)有限公司_示例市人民政府门户网站"):
        markdown = page(tmp_path, title)
        assert "title: 董事长致辞" in markdown, title


def test_a_site_and_genre_title_before_a_portal_name_gives_the_genre_title():
    from scripts.clean.metadata import title_parts

    assert title_parts("示例盈港-总经理致辞_示例市人民政府门户网站")[0] == "总经理致辞"
    assert title_parts("示例公司 | 董事长致辞 - 示例网")[:2] == ["董事长致辞", "示例公司"]
    # a dash inside a title naming its occasion is part of a name, not a separator
    assert title_parts("中国-东盟博览会上的致辞_新闻_示例网")[0] == "中国-东盟博览会上的致辞"
    assert title_parts("在全县大会上的讲话_领导讲话_示例县人民政府")[0] == "在全县大会上的讲话"


def test_an_underscore_before_a_sites_keyword_list_parts_the_title_too():
    """'标题_【某某】宣传片制作|婚礼摄像|器材租赁': the bars list the site's keywords; the underscore before them still
    parts the headline from the site's name. A headline's own bar or dash stays inside it."""
    from scripts.clean.metadata import title_parts

    assert title_parts("2018年示例年会——“追逐梦想”_【示例】宣传片制作|婚礼摄像|器材租赁")[:2] == [
        "2018年示例年会——“追逐梦想”", "【示例】宣传片制作"]
    assert title_parts("专访｜张某：坚定信心_示例网") == ["专访｜张某：坚定信心", "示例网"]
