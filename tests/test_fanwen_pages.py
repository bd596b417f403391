"""Pages of 范文/文库 (writing-sample) sites that republish speeches, and the two behaviours they share with portals
(the title printed again over the text, a site's slogan naming it). Every page here is made up, in the shapes such
sites print: a slogan naming the site, a menu row, a breadcrumb, the title, a 'MM-DD | 移动端：…' row, an 更新时间/作者
row naming the uploader, copy and download buttons, a bracketed action row, a collect line naming the title in 《》, a
简介 summary, paywall notices, the site's name injected into a sentence, the text printed twice, placeholders (XX, ~)
that are the text's own, related lists, previous/next links and a 本文来源 line. Several distinct made-up sites, with
their own labels, separators and order, and traditional-script copies read through the simplified shadow."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import opencc
import pytest

from scripts.clean.document import Document
from scripts.clean.pipeline import normalize_bytes
from scripts.clean.render import body_text

to_traditional = opencc.OpenCC("s2t").convert

# A text dump (get_text()) of a made-up 范文 site: slogan, menu, breadcrumb, title, mobile row, 更新时间/作者 row,
# buttons, action row, the title again as a heading, the speech (with XX and ~ placeholders and the site's name
# injected into a sentence), a paywall notice, a login prompt, the collect line, previous/next, related, source.
QINGHE = """青禾范文网提供各类范文写作素材！
首页 | 工作总结 | 工作计划 | 讲话发言 | 心得体会 | 述职报告 | 演讲稿
当前位置：青禾范文网 > 讲话发言 > 县长在全县春季农业生产工作会议上的讲话
县长在全县春季农业生产工作会议上的讲话
03-15 | 移动端：县长在全县春季农业生产工作会议上的讲话
更新时间：2019-03-15 09:21作者：李老师
正文复制 下载本文
【以稿换稿】【收藏】【打印】【加入会员】
## 县长在全县春季农业生产工作会议上的讲话
同志们：
今天，我们在这里召开全县春季农业生产工作会议，主要任务是总结去年全县农业农村工作，分析当前面临的形势，安排部署今年春季农业生产工作。刚才，XX同志通报了去年的情况，我完全同意，请大家认真抓好落实。
一、充分肯定去年农业农村工作取得的成绩
去年以来，全县上下认真贯彻落实中央和省市农村工作会议精神，粮食生产再获丰收，全年粮食总产达到XX万吨，农民人均可支配收入增长~8%。这些成绩的取得，是全县广大干部群众共同努力的结果。
二、准确把握当前农业生产面临的形势
我青禾范文网县第一季度降水偏少，部分乡镇旱情露头，春耕备耕任务繁重。各乡镇要高度重视，提前做好抗旱保春耕的各项准备，确保不误农时。
三、扎实抓好春季农业生产各项工作
一要抓好粮食生产。要稳定粮食播种面积，落实好各项惠农政策。二要抓好农田水利建设。要加快推进高标准农田建设，确保工程按期完工。
同志们，做好今年春季农业生产工作意义重大。我们要以更加务实的作风、更加有力的举措，全力以赴抓好春季农业生产，为全年农业农村工作开好局、起好步！
……(未完,全文共3876字,当前仅显示1958字,请阅读下面提示信息…
请先登录
收藏《县长在全县春季农业生产工作会议上的讲话》
上一篇：在全县安全生产工作会议上的讲话
下一篇：在全县脱贫攻坚工作推进会上的讲话
相关范文
在全县秋季农业生产工作会议上的讲话
县长在全县农业农村工作会议上的讲话
本文来源：青禾范文网 http://www.qinghe.example/jianghua/12345.html
"""

# Another made-up site, its parts in another order: slogan with a dash, the title above an arrowed breadcrumb,
# 发布时间/上传者/来源 labels, the collect line and a 简介 summary above the text, a preview label, a paywall notice
# inside a paragraph, the site's name injected into a sentence.
YUNFAN = """云帆公文网 —— 专业的公文写作素材网站
在全市优化营商环境工作推进会上的讲话
位置：云帆公文网 → 领导讲话 → 在全市优化营商环境工作推进会上的讲话
发布时间：2021-06-18 上传者：yunfan2018 来源：网络
收藏《在全市优化营商环境工作推进会上的讲话》
简介：同志们：今天召开全市优化营商环境工作推进会，主要任务是总结前一阶段工作……
论文部分内容阅读
同志们：
今天召开全市优化营商环境工作推进会，主要任务是总结前一阶段全市优化营商环境工作，分析存在的问题，安排部署下一阶段重点任务。
一、正视差距，增强优化营商环境的紧迫感
近年来，全市营商环境持续改善，市场主体数量稳步增长，但与先进地区相比仍有不小差距。我云帆公文网市第一季度新增市场主体XX户，同比增长~%，增速低于全省平均水平。
二、突出重点，推动营商环境持续优化
要深化“放管服”改革，大力推进“一网通办”，让企业和群众少跑腿、好办事。…省略697字,正式会员可完整阅读…
三、强化保障，确保各项任务落到实处
各级各部门要切实加强组织领导，压实工作责任，确保各项任务按时保质完成。
同志们，优化营商环境只有进行时，没有完成时。让我们以更加饱满的热情、更加务实的作风，奋力开创全市营商环境工作新局面！
请先登录
相关范文：
在全市营商环境评价工作会议上的讲话
本文来源：云帆公文网 http://www.yunfan.example/a/6789.html
"""

# A third made-up site: a bare slash breadcrumb first, the site's banner under it, a 发布/作者/字数 row with a stock
# author, Word download buttons, the title again as a heading, a speech with no salutation, printed twice.
CHENGUANG = """首页 / 讲话致辞 / 在XX镇2020年度总结表彰大会上的讲话
晨光范文大全
在XX镇2020年度总结表彰大会上的讲话
发布：2021-01-20 | 作者：网友投稿 | 字数：2356字
复制本文 下载Word版
## 在XX镇2020年度总结表彰大会上的讲话
今天，我们在这里隆重召开全镇2020年度总结表彰大会，回顾总结过去一年的工作，表彰先进，部署今年的重点任务。
过去的一年，全镇上下团结一心，攻坚克难，地区生产总值达到XX亿元，同比增长~%，各项事业取得了新的进步。这些成绩来之不易，是全镇干部群众共同奋斗的结果。
新的一年，我们要坚持稳中求进，聚焦产业发展、乡村建设和民生保障，以更加昂扬的斗志、更加务实的作风，奋力谱写全镇高质量发展新篇章。
今天，我们在这里隆重召开全镇2020年度总结表彰大会，回顾总结过去一年的工作，表彰先进，部署今年的重点任务。
过去的一年，全镇上下团结一心，攻坚克难，地区生产总值达到XX亿元，同比增长~%，各项事业取得了新的进步。这些成绩来之不易，是全镇干部群众共同奋斗的结果。
新的一年，我们要坚持稳中求进，聚焦产业发展、乡村建设和民生保障，以更加昂扬的斗志、更加务实的作风，奋力谱写全镇高质量发展新篇章。
上一篇：在XX镇春节团拜会上的讲话
下一篇：在XX镇党建工作会议上的讲话
"""

# A fourth: a slogan without the site's name that ends like a sentence, an upload row naming a username, the title
# printed twice (line and heading), a paywall notice with full-width commas.
NAMELESS = """专注公文写作，海量范文免费下载！
在全区2022年防汛工作会议上的讲话
上传时间：2022-05-12 上传者：wenmi_01
## 在全区2022年防汛工作会议上的讲话
刚才，区应急局通报了今年汛期形势，大家要认真抓好落实。下面，我再强调几点意见。
一、清醒认识今年防汛形势的严峻性
据气象部门预测，今年汛期我区降水偏多，发生区域性暴雨洪涝的可能性较大，防汛形势不容乐观。
二、全力抓好防汛各项准备工作
要全面排查河道、水库、地质灾害隐患点，逐一落实整改措施，确保安全度汛。…省略697字，正式会员可完整阅读…
三、切实加强组织领导
各街道、各部门主要负责同志要亲自研究部署，层层压实责任，坚决守住不发生重大人员伤亡的底线。
相关范文
在全区防汛抗旱工作会议上的讲话
"""

# A made-up 文秘 site's HTML page: slogan and login links, menu, breadcrumb with its label, <h1>, an info row naming
# a username, buttons, the title again as <h2> inside the article, the site's name injected into a sentence, a
# paywall notice, the collect line, previous/next, related list, source and copyright.
SONGTAO_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全区安全生产工作会议上的讲话_讲话稿_松涛文秘网</title></head>
<body>
<div class="top"><span>松涛文秘网为您提供各类公文写作范文！</span>
<a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div class="nav"><a href="/">首页</a> <a href="/zj/">工作总结</a>
<a href="/jh/">讲话稿</a> <a href="/xd/">心得体会</a></div>
<div class="position">您的位置：<a href="/">松涛文秘网</a> &gt;
<a href="/jh/">讲话稿</a> &gt; 在全区安全生产工作会议上的讲话</div>
<div class="article">
<h1>在全区安全生产工作会议上的讲话</h1>
<div class="info">时间：2022-04-06 10:15 | 作者：admin2022 | 浏览：</div>
<div class="btns"><a href="#">复制全文</a> <a href="#">下载本文</a> <a href="#">收藏</a></div>
<div class="content">
<h2>在全区安全生产工作会议上的讲话</h2>
<p>今天召开全区安全生产工作会议，主要任务是深入贯彻上级关于安全生产工作的决策部署，总结一季度全区安全生产工作，安排部署下一阶段重点任务。</p>
<p>一季度以来，全区安全生产形势总体平稳，但松涛文秘网部分行业领域事故隐患依然较多，一些企业主体责任落实不到位，监管力量仍然薄弱，大家一定要保持清醒头脑。</p>
<p>下一步，要重点抓好三个方面工作：一是全面排查整治隐患，二是压紧压实各方责任，三是提升应急处置能力。各街道、各部门要对照任务清单，逐项抓好落实，确保全区安全生产形势持续稳定。</p>
<p>……(未完,全文共2860字,当前仅显示1460字,请阅读下面提示信息…</p>
</div>
<div class="vip">收藏《在全区安全生产工作会议上的讲话》 <a href="/vip">加入会员</a></div>
<div class="prenext"><p>上一篇：<a href="/a/1.html">在全区防汛工作会议上的讲话</a></p>
<p>下一篇：<a href="/a/3.html">在全区消防工作会议上的讲话</a></p></div>
<div class="related"><h3>相关范文</h3><ul><li><a href="/a/4.html">在全区安全生产大检查动员会上的讲话</a></li>
<li><a href="/a/5.html">区长在安全生产工作会议上的讲话</a></li></ul></div>
</div>
<div class="footer">本文来源：松涛文秘网 http://www.songtao.example/a/2.html<br>
Copyright © 2022 松涛文秘网 版权所有</div>
</body></html>
"""

FARM_CHROME = ["范文网", "公文网", "文秘网", "范文大全", "移动端", "复制", "下载", "以稿换稿", "收藏", "会员", "登录",
               "简介", "部分内容", "未完", "省略", "上一篇", "相关范文", "本文来源", "作者", "上传", "更新时间", "http"]


def normalized(tmp_path: Path, text: str, name: str) -> Document:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return normalize_bytes(path.read_bytes(), path, tmp_path)


def assert_no_farm_chrome(text: str) -> None:
    for chrome in FARM_CHROME:
        assert chrome not in text, chrome


def test_a_farm_text_dump_keeps_the_speech_from_its_salutation(tmp_path: Path) -> None:
    document = normalized(tmp_path, QINGHE, "qinghe.txt")
    meta, text = document.meta, body_text(document.body)
    assert text.startswith("同志们：\n今天，我们在这里召开全县春季农业生产工作会议")
    assert text.endswith("为全年农业农村工作开好局、起好步！")
    assert_no_farm_chrome(text)
    assert "县长在全县春季农业生产工作会议上的讲话" not in text  # the title is not printed again as a heading
    assert "我县第一季度降水偏少" in text  # the injected site name goes, the sentence stays
    assert "XX同志" in text and "XX万吨" in text and "~8%" in text  # placeholders are the text's own
    assert meta["title"] == "县长在全县春季农业生产工作会议上的讲话"
    assert "speaker" not in meta  # 李老师 uploaded the copy
    assert meta["speaker_title"] == "县长"
    assert meta["published"] == dt.date(2019, 3, 15)
    assert meta["genre"] == "讲话"
    assert meta["source"]["name"] == "青禾范文网"
    rules = {removal.rule for removal in document.removals}
    assert {"site-slogan", "mobile-copy-link", "portal-buttons", "collect-title-line", "paywall-notice",
            "login-prompt", "site-name-in-text"} <= rules
    assert "【以稿换稿】【收藏】【打印】【加入会员】" in {removal.text for removal in document.removals}
    assert any("未完" in warning for warning in document.warnings)  # the page cut the text: say so


def test_a_farm_page_in_traditional_script_reads_as_its_simplified_copy(tmp_path: Path) -> None:
    simplified_copy = normalized(tmp_path, QINGHE, "qinghe.txt")
    traditional = normalized(tmp_path, to_traditional(QINGHE), "qinghe-hant.txt")
    assert body_text(traditional.body) == to_traditional(body_text(simplified_copy.body))
    for key in ("published", "genre", "year"):
        assert traditional.meta.get(key) == simplified_copy.meta.get(key), key
    assert traditional.meta["title"] == to_traditional(simplified_copy.meta["title"])
    assert "speaker" not in traditional.meta
    assert [r.rule for r in traditional.removals] == [r.rule for r in simplified_copy.removals]


def test_another_farm_site_with_its_own_labels_and_order(tmp_path: Path) -> None:
    document = normalized(tmp_path, YUNFAN, "yunfan.txt")
    meta, text = document.meta, body_text(document.body)
    assert text.startswith("同志们：\n今天召开全市优化营商环境工作推进会")
    assert text.endswith("奋力开创全市营商环境工作新局面！")
    assert_no_farm_chrome(text)
    assert "我市第一季度新增市场主体XX户，同比增长~%" in text
    assert "让企业和群众少跑腿、好办事。" in text
    assert meta["title"] == "在全市优化营商环境工作推进会上的讲话"
    assert "speaker" not in meta
    assert meta["published"] == dt.date(2021, 6, 18)
    assert meta["genre"] == "讲话"
    assert meta["source"]["name"] == "云帆公文网"
    rules = {removal.rule for removal in document.removals}
    assert {"site-slogan", "collect-title-line", "farm-summary-line", "farm-preview-label", "paywall-notice"} <= rules


def test_a_farm_page_printing_its_text_twice(tmp_path: Path) -> None:
    document = normalized(tmp_path, CHENGUANG, "chenguang.txt")
    meta, text = document.meta, body_text(document.body)
    assert text.startswith("今天，我们在这里隆重召开全镇2020年度总结表彰大会")
    assert text.count("今天，我们在这里隆重召开") == 1
    assert text.endswith("奋力谱写全镇高质量发展新篇章。")
    assert_no_farm_chrome(text)
    assert meta["title"] == "在XX镇2020年度总结表彰大会上的讲话"
    assert meta["published"] == dt.date(2021, 1, 20)
    assert meta["genre"] == "讲话"  # a stock 作者 value ('网友投稿') signs no article
    assert "speaker" not in meta


def test_a_nameless_slogan_and_the_title_printed_twice(tmp_path: Path) -> None:
    document = normalized(tmp_path, NAMELESS, "nameless.txt")
    meta, text = document.meta, body_text(document.body)
    assert text.startswith("刚才，区应急局通报了今年汛期形势")
    assert text.endswith("坚决守住不发生重大人员伤亡的底线。")
    assert_no_farm_chrome(text)
    assert "专注公文写作" not in text and "在全区2022年防汛工作会议上的讲话" not in text
    assert meta["title"] == "在全区2022年防汛工作会议上的讲话"
    assert meta["published"] == dt.date(2022, 5, 12)
    assert "speaker" not in meta and meta["genre"] == "讲话"


def test_a_farm_html_page(tmp_path: Path) -> None:
    document = normalized(tmp_path, SONGTAO_HTML, "songtao.html")
    meta, text = document.meta, body_text(document.body)
    assert text.startswith("今天召开全区安全生产工作会议")
    assert text.endswith("确保全区安全生产形势持续稳定。")
    assert_no_farm_chrome(text)
    assert "在全区安全生产工作会议上的讲话" not in text
    assert "但部分行业领域事故隐患依然较多" in text
    assert meta["title"] == "在全区安全生产工作会议上的讲话"
    assert "speaker" not in meta
    assert meta["published"] == dt.date(2022, 4, 6)
    assert meta["source"]["name"] == "松涛文秘网"  # the breadcrumb's root, without its label '您的位置：'


def test_a_traditional_farm_html_page(tmp_path: Path) -> None:
    document = normalized(tmp_path, to_traditional(SONGTAO_HTML), "songtao-hant.html")
    text = body_text(document.body)
    assert text.startswith(to_traditional("今天召开全区安全生产工作会议"))
    assert to_traditional("但部分行业领域事故隐患依然较多") in text
    assert to_traditional("文秘网") not in text and to_traditional("收藏") not in text
    assert "speaker" not in document.meta


@pytest.mark.parametrize("uploader", ["某老师", "小编", "网友", "佚名", "wenku_user01"])
def test_a_farm_sites_author_is_never_the_speaker(tmp_path: Path, uploader: str) -> None:
    page = QINGHE.replace("作者：李老师", f"作者：{uploader}")
    document = normalized(tmp_path, page, "uploader.txt")
    assert "speaker" not in document.meta
    assert document.meta["genre"] == "讲话"


def test_a_portal_pages_author_still_names_the_speaker(tmp_path: Path) -> None:
    """The uploader rule is the farm's: a portal's 作者 field naming a person is still read as the speaker."""
    page = ("当前位置：首页 > 领导讲话\n在全县经济工作会议上的讲话\n发布时间：2023-01-10 作者：王建国\n同志们：\n"
            "今天召开全县经济工作会议，主要任务是总结2022年经济工作，部署2023年经济工作。\n"
            "今年，要着力扩大有效投资，着力培育产业集群，着力优化营商环境，确保全年目标任务圆满完成。\n")
    document = normalized(tmp_path, page, "portal-author.txt")
    assert document.meta["speaker"] == "王建国"


def test_a_portals_name_from_its_greeting_stays_in_a_sentence(tmp_path: Path) -> None:
    """A portal's body named in its greeting ('欢迎访问某某县人民政府网站') is words the speech says; only a copy
    splitting a word is an injection."""
    page = ("欢迎访问某某县人民政府网站！\n当前位置：首页 > 领导讲话\n在全县经济工作会议上的讲话\n同志们：\n"
            "今天召开全县经济工作会议，主要任务是总结2022年经济工作，部署2023年经济工作。\n"
            "去年，某某县人民政府出台了稳经济一揽子政策措施，全县经某某县人民政府济稳中有进。\n")
    text = body_text(normalized(tmp_path, page, "portal-greeting.txt").body)
    assert "去年，某某县人民政府出台了稳经济一揽子政策措施，全县经济稳中有进。" in text
    assert "欢迎访问" not in text


def test_a_portal_title_printed_again_over_its_text(tmp_path: Path) -> None:
    """A portal's HTML page with its headline outside the article and the same headline again, under a notice,
    at the article's top: the copy and the notice go."""
    page = ('<html><head><meta charset="utf-8"><title>在全市教育工作会议上的讲话-某某市教育局</title></head><body>'
            '<div class="head"><h1>在全市教育工作会议上的讲话</h1></div><div class="txt">'
            "<p>本站信息仅供浏览，祝您阅读愉快，工作顺利！</p><p><strong>在全市教育工作会议上的讲话</strong></p>"
            "<p>这次全市教育工作会议的主要任务是，总结去年全市教育工作，安排部署今年重点任务。</p>"
            "<p>今年要重点抓好三项工作：一是加快推进教育优质均衡，二是深化教育教学改革，三是加强教师队伍建设。</p>"
            "</div></body></html>")
    document = normalized(tmp_path, page, "portal-echo.html")
    text = body_text(document.body)
    assert text.startswith("这次全市教育工作会议的主要任务是")
    assert "祝您阅读愉快" not in text and "在全市教育工作会议上的讲话" not in text
    assert document.meta["title"] == "在全市教育工作会议上的讲话"
    assert {"title-echo"} <= {removal.rule for removal in document.removals}


def test_a_speech_opening_with_a_heading_unlike_its_title_keeps_it(tmp_path: Path) -> None:
    page = ("在全县经济工作会议上的讲话\n同志们：\n一、关于去年的经济工作\n"
            "去年，全县上下稳住了经济大盘，地区生产总值增长百分之五点二，一般公共预算收入增长百分之六。\n"
            "二、关于今年的经济工作\n今年，要着力扩大有效投资，着力培育产业集群，确保全年目标任务圆满完成。\n")
    text = body_text(normalized(tmp_path, page, "heading.txt").body)
    assert text.startswith("同志们：\n一、关于去年的经济工作")


def test_a_surname_with_a_form_of_address_is_no_speaker(tmp_path: Path) -> None:
    """'李老师' is how an uploader or a school page calls someone, not a name, even where the page gives no other
    sign of a 范文 site."""
    page = ("在全县经济工作会议上的讲话\n作者：李老师\n同志们：\n"
            "今天召开全县经济工作会议，主要任务是总结2022年经济工作，部署2023年经济工作，大家要认真抓好落实。\n")
    assert "speaker" not in normalized(tmp_path, page, "honorific.txt").meta


@pytest.mark.parametrize("notice", ["……此处隐藏2106个字……", "（全文共3876字，剩余1918字，开通会员后可阅读全文）",
                                    "本文共计3200字，仅展示部分内容", "正式会员可完整阅读全文"])
def test_paywall_notices_go_and_the_page_is_said_to_be_cut(tmp_path: Path, notice: str) -> None:
    page = QINGHE.replace("……(未完,全文共3876字,当前仅显示1958字,请阅读下面提示信息…", notice)
    document = normalized(tmp_path, page, "paywall.txt")
    assert "字" not in body_text(document.body).rsplit("起好步！", 1)[1]
    assert "paywall-notice" in {removal.rule for removal in document.removals}
    assert any("incomplete" in warning for warning in document.warnings)


@pytest.mark.parametrize("row", ["标签：讲话稿 农业", "所属专题：县长讲话", "投稿人：小编", "文章作者：佚名",
                                 "范文类型：讲话稿 适用地区：全国", "文档页数：3页 文档大小：23KB 下载：5积分",
                                 "以稿换稿 收藏 打印 加入会员", "关键词：讲话稿，农业"])
def test_a_farm_sites_rows_under_the_title_are_no_title(tmp_path: Path, row: str) -> None:
    page = ("县长在全县经济工作会议上的讲话\n" + row + "\n同志们：\n"
            "今天召开全县经济工作会议，主要任务是总结2022年经济工作，部署2023年经济工作，大家要认真抓好落实。\n")
    document = normalized(tmp_path, page, "row.txt")
    assert document.meta["title"] == "县长在全县经济工作会议上的讲话"
    assert "speaker" not in document.meta
    assert body_text(document.body).startswith("同志们：")


def test_a_text_dumps_markdown_heading_marks_are_no_words(tmp_path: Path) -> None:
    """A scraper that kept Markdown's heading marks in a text dump ('## 一、…'): the heading is its words, not '## '."""
    page = ("在全县经济工作会议上的讲话\n同志们：\n"
            "今天召开全县经济工作会议，主要任务是总结2022年经济工作，部署2023年经济工作，大家要认真抓好落实。\n"
            "## 一、关于去年的工作\n"
            "去年，全县上下稳住了经济大盘，地区生产总值增长百分之五点二，一般公共预算收入增长百分之六。\n")
    document = normalized(tmp_path, page, "marks.txt")
    assert "## 一、关于去年的工作" in document.body.splitlines()
    assert "#" not in body_text(document.body)


# A made-up traditional-script site: banner, a breadcrumb with '›', <h1>, a meta row naming a teacher as 作者, the
# text, its copy in a hidden <textarea> for the copy button (without the injected name), buttons, related list.
SHUXIANG_HTML = """<html><head><meta charset="utf-8">
<title>在全校畢業典禮上的講話（校長）-書香範文網</title></head><body>
<div class="logo">書香範文網</div>
<div class="bread">當前位置：<a href="/">書香範文網</a> › <a href="/jh/">演講致辭</a> › 正文</div>
<h1>在全校畢業典禮上的講話（校長）</h1>
<p class="meta">作者：王老師　更新時間：2020-07-01　閱讀：</p>
<div id="content">
<p>親愛的同學們、老師們：</p>
<p>大家好！今天，我們在這裡隆重舉行畢業典禮，歡送即將走向新征程的同學們。首先，我代表學校向全體畢業生表示熱烈的祝賀！</p>
<p>幾年來，同學們刻苦學習，全面發展，書香範文網在各項比賽中取得了優異成績，為母校贏得了榮譽。希望同學們走出校門以後，志存高遠，腳踏實地，不斷書寫人生的精彩篇章。</p>
<p>最後，祝同學們前程似錦，一切順利！謝謝大家！</p>
</div>
<textarea id="copytext" style="display:none">親愛的同學們、老師們：
大家好！今天，我們在這裡隆重舉行畢業典禮，歡送即將走向新征程的同學們。首先，我代表學校向全體畢業生表示熱烈的祝賀！
幾年來，同學們刻苦學習，全面發展，在各項比賽中取得了優異成績，為母校贏得了榮譽。希望同學們走出校門以後，志存高遠，腳踏實地，不斷書寫人生的精彩篇章。
最後，祝同學們前程似錦，一切順利！謝謝大家！</textarea>
<div class="btn">【複製全文】【下載Word】【收藏】</div>
<div class="xg">相關範文：<a href="#">在全校開學典禮上的講話</a></div>
</body></html>
"""


def test_a_traditional_farm_page_with_a_hidden_copy_of_its_text(tmp_path: Path) -> None:
    document = normalized(tmp_path, SHUXIANG_HTML, "shuxiang.html")
    meta, text = document.meta, body_text(document.body)
    assert text.startswith("親愛的同學們、老師們：\n大家好！")
    assert text.endswith("謝謝大家！")
    assert text.count("幾年來") == 1
    assert "範文網" not in text and "複製" not in text and "相關" not in text
    assert "全面發展，在各項比賽中" in text
    assert meta["title"] == "在全校畢業典禮上的講話（校長）"
    assert "speaker" not in meta
    assert meta["published"] == dt.date(2020, 7, 1)
    assert meta["genre"] == "讲话"
    assert meta["source"]["name"] == "書香範文網"
