"""Shapes of the pages of eval/own19 (held out in the nineteenth session, opened in the twentieth), each rebuilt here
from made-up text: a news agency's caption written both as a picture's alt text and as the line under it, a CMS's
credits set as form fields (a label element beside its value), an agency's dateline set after a speech, and a
headline naming its speaker before a bar."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.pipeline import normalize_file
from tests.conftest import html_page

PROSE = "我们要坚定信心，真抓实干，推动高质量发展取得新成效。各级各部门要认真抓好落实，确保各项目标任务圆满完成。"
OTHER = "今年以来，全市经济运行稳中向好，主要指标好于预期，民生保障有力有效，社会大局和谐稳定，成绩来之不易。"
MORE = "互联网最大的作用就是提升效率。一个公司没有效率，就没有未来；规模和速度的背后，是效率。"
TEXT = f"<p>{PROSE}</p><p>{OTHER}</p><p>{MORE}</p>"
HEAD = "<title>某某在某地考察时强调</title>"


def test_a_line_repeating_the_pictures_alt_text_is_its_caption(tmp_path: Path) -> None:
    """'<img alt="9月12日，某某视察…。这是某某参观展览。">' then the same words in a left-set paragraph: the agency's
    caption, however long and however set. A paragraph under a picture without such an alt stays text."""
    caption = "9月12日，某某总书记视察某某纪念地。这是某某在纪念馆参观主题展览，并发表重要讲话。"
    picture = f"<p style='text-align:center'><img src='a.jpg' alt='{caption}'></p>"
    under = f"<p class='photo_title' style='text-align:left'>　　{caption}</p>"
    body = f"<h1>某某在某地考察时强调</h1><div class='con'><p>{PROSE}</p>{picture}{under}<p>{OTHER}</p>" \
        f"<p>{MORE}</p></div>"
    document = normalize_file(html_page(tmp_path, HEAD, body), tmp_path)
    assert "这是某某在纪念馆" not in document.body and OTHER in document.body
    halfwidth = body.replace(f"　　{caption}", caption.replace("，", ","))  # full-width forms folded
    document = normalize_file(html_page(tmp_path, HEAD, halfwidth), tmp_path)
    assert "这是某某在纪念馆" not in document.body
    plain = f"<div class='con'><p>{PROSE}</p><p><img src='b.jpg' alt=''></p><p>{OTHER}</p><p>{MORE}</p></div>"
    document = normalize_file(html_page(tmp_path, HEAD, plain), tmp_path)
    assert OTHER in document.body


def test_credits_set_as_form_fields_are_read_with_their_labels(tmp_path: Path) -> None:
    """'<label>供稿单位：</label><div>新闻中心</div>' after the text: each label is read on one line with its value,
    so the credit rows go whole; read apart, the values stayed as short lines (the names as headings)."""
    fields = "".join(f"<div class='form-group'><label class='control-label'>{label}</label>"
                     f"<div class='col-xs-8'>{value}</div></div>"
                     for label, value in (("作者：", "张某文"), ("摄影：", "梅某武"), ("供稿单位：", "新闻中心")))
    body = f"<div class='article'>{TEXT}<div class='Article-source'>{fields}</div></div>"
    document = normalize_file(html_page(tmp_path, HEAD, body), tmp_path)
    assert not any(word in document.body for word in ("供稿单位", "新闻中心", "张某文", "梅某武"))
    assert document.body.rstrip().endswith(MORE)


def test_an_agencys_dateline_after_a_speech_dates_it_in_the_year_of_publication(tmp_path: Path) -> None:
    """'（新华社北京9月9日电）' after a speech that addresses its audience, posted 2014-09-09: delivered on 9 September
    2014. Under a report (no salutation) the dateline dates the report, not a speech."""
    post = "<p class='post-meta'>发表于 2014-09-09</p>"
    speech = f"<h1>做人民满意的好老师</h1>{post}<div class='post-body'><p>各位老师，同学们：</p>{TEXT}" \
        "<p>（新华社北京9月9日电）</p></div>"
    document = normalize_file(html_page(tmp_path, "<title>做人民满意的好老师</title>", speech), tmp_path)
    assert document.meta["date"] == dt.date(2014, 9, 9)
    report = f"<h1>某地召开工作会议</h1>{post}<div class='post-body'>{TEXT}<p>（新华社北京9月9日电）</p></div>"
    document = normalize_file(html_page(tmp_path, "<title>某地召开工作会议</title>", report), tmp_path)
    assert not document.meta.get("date")


def test_a_headline_naming_its_speaker_before_a_bar_is_kept_whole(tmp_path: Path) -> None:
    """'某某学院张某明校长 | 2015级新生开学典礼上的讲话' as the <h1>, the <title> adding '| 某某博客': the headline is
    the <h1> whole (the bar is its own, the speaker part no site's name) and the speaker is the name before the bar."""
    headline = "某某学院张某明校长 | 2015级新生开学典礼上的讲话"
    head = f"<title>{headline} | 某某博客</title><meta property='og:title' content='{headline}'>"
    body = f"<h1 class='post-title'>{headline}</h1><div class='post-body'><p>同学们，老师们：</p>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["title"] == headline and document.meta["speaker"] == "张某明"
    prefixed = f"<title>某某网 - 新闻中心 - {headline} | 某某博客</title>"  # the site's names before it
    document = normalize_file(html_page(tmp_path, prefixed, body), tmp_path)
    assert document.meta["title"] == headline and document.meta["speaker"] == "张某明"


def test_a_lead_above_the_speechs_own_title_dates_the_speech(tmp_path: Path) -> None:
    """'12月29日，…峰会在南昌开幕。代省长某某出席开幕式并致辞。' over '致辞全文' and the speech's two-line title, posted
    2022-09-01: the speech was given on 29 December 2021 (the last 29 December on or before the post)."""
    head = "<title>《某某在峰会上的致辞》全文分析</title><meta name='PubDate' content='2022-09-01'>"
    lead = "<p>12月29日，第三届某某峰会在南昌开幕。省委副书记、代省长张某明出席开幕式并致辞。</p><h2>致辞全文</h2>"
    body = f"<h1>《某某在峰会上的致辞》全文分析</h1><div class='post'>{lead}<h3>拥抱某地就是拥抱希望</h3>" \
        f"<p>尊敬的各位来宾，女士们、先生们：</p>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["date"] == dt.date(2021, 12, 29)


def test_a_transliterated_name_signed_after_a_dash_is_the_speaker(tmp_path: Path) -> None:
    """'——戈尔巴乔夫' / '1991年12月25日' closing a translated address: a writer's sign-off, the name read by its
    transliteration's shape (not a Chinese name's)."""
    sign = "<p>谨此向各位致以我最美好的祝福！</p><p>——戈尔巴乔夫</p><p>1991年12月25日</p>"
    body = f"<h1>告全体公民书</h1><div class='post-body'><p>亲爱的同胞们：</p>{TEXT}{sign}</div>"
    document = normalize_file(html_page(tmp_path, "<title>告全体公民书</title>", body), tmp_path)
    assert document.meta["speaker"] == "戈尔巴乔夫" and document.meta["date"] == dt.date(1991, 12, 25)


def test_a_stamp_row_in_the_pages_tool_bar_is_read_before_a_later_meta_date(tmp_path: Path) -> None:
    """'2019年03月27日 17:39 新华网' in a tool bar (a box named as chrome) under the headline, the meta declaring
    2019-03-28: the printed stamp is the publication; a related list's dated headline (a link) is not a stamp."""
    head = "<title>共绘文明画卷</title><meta property='article:published_time' content='2019-03-28T08:58:14+08:00'>"
    bar = "<div class='top-bar'><div class='date-source'><span class='date'>2019年03月27日 17:39</span>" \
        "<a href='http://example.cn/a.htm' class='source'>新华网</a></div><div class='page-tools'>字号</div></div>"
    body = f"<h1>共绘文明画卷</h1>{bar}<div class='article'>{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["published"] == dt.date(2019, 3, 27) and "17:39" not in document.body


def test_a_banner_repeating_the_headline_in_pieces_gives_way_to_the_whole_title_element(tmp_path: Path) -> None:
    """A WeChat page: '<h2 class="rich_media_title">某某作出重要指示强调：共同呵护好孩子的眼睛 让他们拥有一个光明的
    未来</h2>', the <title> only the account's name, and a banner over the text repeating the headline in three
    lines: the headline is the title element, not the banner's last line."""
    whole = "某某作出重要指示强调：共同呵护好孩子的眼睛 让他们拥有一个光明的未来"
    banner = "<p>某某作出重要指示强调</p><p>共同呵护好孩子的眼睛</p><p>让他们拥有一个光明的未来</p>"
    body = f"<h2 class='rich_media_title'>{whole}</h2><div id='js_content'>{banner}{TEXT}</div>"
    document = normalize_file(html_page(tmp_path, "<title>某某社</title>", body), tmp_path)
    assert document.meta["title"] == whole
