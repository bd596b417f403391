"""Shapes eval/own28's pages showed (opened in the twenty-seventh session), rebuilt from made-up text."""
from bs4 import BeautifulSoup

from scripts.clean.html_page import post_tags


def test_a_tag_link_printing_its_name_again_hidden_files_the_post_under_the_name_once() -> None:
    """A theme prints each tag's name twice, the copy hidden (aria-hidden) to keep the link's width when it turns bold:
    the tag is '胡某', not '胡某 胡某'."""
    link = ("<a href='/tags/{0}/'><span class='absolute'>{0} </span>"
            "<span class='opacity-0' aria-hidden=true>{0} </span></a>")
    html = f"<article><p>正文。</p><div class='tags'>{link.format('胡某')}{link.format('近代文学')}</div></article>"
    assert post_tags(BeautifulSoup(html, "html.parser")) == ["胡某", "近代文学"]
    shown = "<a href='/tags/某某/'><span aria-hidden='false'>某某</span><i aria-hidden='true'>#</i></a>"
    assert post_tags(BeautifulSoup(f"<article><div>{shown}</div></article>", "html.parser")) == ["某某"]
