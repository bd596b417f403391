"""The five seed texts: golden files (read by a human before committing) and the issue's expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from scripts.clean.pipeline import normalize_file
from scripts.clean.render import body_text, split_document
from scripts.core.paths import REPO

SEEDS = sorted((REPO / "source_texts").glob("0*.txt"))
GOLDEN = REPO / "tests" / "golden"


def seed(number: str):
    path = next(p for p in SEEDS if p.name.startswith(number))
    return normalize_file(path)


def text_of(document) -> str:
    return body_text(document.body)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_matches_golden_file(path: Path) -> None:
    expected = (GOLDEN / f"{path.stem}.md").read_text(encoding="utf-8")
    assert normalize_file(path).markdown == expected


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_copied_byte_for_byte(path: Path) -> None:
    shared = REPO.parent / "shared" / "seeds" / path.name
    if shared.exists():  # the shared folder exists on the developers' machine, not in CI clones
        assert path.read_bytes() == shared.read_bytes()
    document = normalize_file(path)
    import hashlib

    assert document.meta["source"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()


def test_000_bulletin_speech_metadata() -> None:
    meta = seed("000").meta
    assert meta["title"] == "在创新驱动推进高质量发展座谈会上的讲话"
    assert meta["speaker"] == "武文罡"
    assert meta["date"] == dt.date(2021, 11, 5)
    assert meta["published"] == dt.date(2021, 11, 9)
    assert meta["source"]["name"] == "安政通报"
    assert meta["source"]["issue"] == "第四十六期"
    assert meta["source"]["publisher"] == "安康市人民政府办公室"
    assert meta["notes"] == ["根据录音整理"]
    assert meta["genre"] == "讲话"
    assert meta["region"] == "陕西省安康市"
    assert meta["anonymized"] is False


def test_001_run_on_page_metadata() -> None:
    meta = seed("001").meta
    assert meta["title"] == "市委常委、市政府副市长在全市创新主体培育现场会上的讲话"
    assert "speaker" not in meta
    assert meta["anonymized"] is True
    assert meta["source"]["url"] == "https://www.777doc.com/doc-12786173.html"
    assert meta["source"]["name"] == "三七文档"
    assert meta["speaker_title"] == "市委常委、市政府副市长"


def test_002_own_title_not_site_title() -> None:
    document = seed("002")
    assert document.meta["title"] == "在高新区2021年工作会议上的讲话"
    assert document.meta["published"] == dt.date(2022, 9, 13)
    assert document.meta["source"]["name"] == "百事通范文网"
    assert document.meta["anonymized"] is True
    assert "2022年在高新区工作会议上讲话" not in document.markdown


def test_003_signed_article_metadata() -> None:
    meta = seed("003").meta
    assert meta["genre"] == "文章"
    assert meta["speaker"] == "武文罡"
    assert meta["speaker_title"] == "中共安康市委副书记、安康市市长"
    assert meta["published"] == dt.date(2022, 2, 10)
    assert meta["source"]["name"] == "安康微政务"
    assert meta["source"]["publisher"] == "汉阴县人民政府"


def test_004_bulletin_speech_metadata() -> None:
    meta = seed("004").meta
    assert meta["title"] == "在全市工业和信息化暨国资监管工作会议上的讲话"
    assert meta["speaker"] == "赵俊民"
    assert meta["date"] == dt.date(2021, 2, 8)
    assert meta["published"] == dt.date(2021, 2, 22)
    assert meta["source"]["issue"] == "第十期"


def test_watermark_removed_inside_words() -> None:
    text = text_of(seed("002"))
    assert "笔扫千军" not in text
    assert "切实提高服务质效" in text
    assert "这些都为科技创新提供了" in text  # a look-alike that is speech text stays


@pytest.mark.parametrize(("number", "cruft"), [
    ("001", ["欢迎访问", "当前位置", "本文标题", "链接地址"]),
    ("002", ["百事通范文网", "当前位置", "发布时间", "小编", "推荐访问", "Top"]),
    ("003", ["您现在的位置", "理论调研", "来源:", "发布时间", "作者系"]),
    ("000", ["安政通报", "第四十六期", "主送", "抄送", "市监委", "中、省驻安各单位", "根据录音整理"]),
    ("004", ["安政通报", "主送", "抄送", "中、省驻安各单位", "**"]),
])
def test_cruft_removed(number: str, cruft: list[str]) -> None:
    text = text_of(seed(number))
    for piece in cruft:
        assert piece not in text, piece


def test_photo_captions_removed_from_003() -> None:
    document = seed("003")
    captions = [r.text for r in document.removals if r.rule == "photo-caption"]
    assert len(captions) == 5
    assert "安康市2022年第一季度重点项目集中开工现场" in captions
    assert "开工现场" not in text_of(document)


@pytest.mark.parametrize(("number", "joined"), [
    ("000", ["绿色崛起的实践道路上", "全方位强化协同创新", "以“百名硕博进安康”", "专利申请、商标注册",
             "促进生产、运输", "国有资本和国有企业", "不断增强奋进的压力和动力"]),
    ("004", ["下面，我再强调四点要求", "发生了变化，更不意味着", "“发展为要、创新为先", "而不能发展工业”",
             "政策措施精准度", "劳动密集型企业", "质量高、效益好", "中型企业只有5户", "在投融资领域发挥了很大作用",
             "不在于摊子多大", "不论涉及到谁，一经发现", "包括五里工业园区"]),
])
def test_pdf_page_breaks_mended(number: str, joined: list[str]) -> None:
    text = text_of(seed(number))
    for piece in joined:
        assert piece in text, piece


def test_pdf_spacing_and_punctuation() -> None:
    text = text_of(seed("004"))
    assert "2020年" in text and "2020 年" not in text
    assert "暨国资" in seed("004").meta["title"]
    assert "5G网络" in text and "IPv6" in text
    text = text_of(seed("002"))
    assert "6.5%" in text and "1-2年" in text
    assert "," not in text and ":" not in text and "(" not in text


def test_headings_of_each_seed() -> None:
    headings = {n: [line for line in seed(n).body.splitlines() if line.startswith("#")]
                for n in ("000", "001", "002", "003", "004")}
    assert headings["000"][0] == "## 第一，要突出科技创新，壮大产业发展核心引擎"
    assert len(headings["000"]) == 5
    assert headings["001"] == ["## 第一，坚持质量优先，持续扩大规模", "## 第二，突出企业主体，提升创新动能",
                               "## 第三，狠抓环境优化，提升创新生态", "## 第四，加强组织领导，上下协同联动"]
    assert "### 必须坚持党的领导" in headings["002"]
    assert "## 01 准确把握新发展阶段，聚焦高质量发展育先机开新局" in headings["002"]
    assert headings["003"][:2] == ["## 发展为要项目为王", "### 以高质量项目引领高质量发展"]
    assert headings["004"][0] == "## 第一，要坚定信心、保持定力，夯实工业在经济发展中的主导地位"
    for lines in headings.values():
        assert not any(h.startswith(("## 一是", "## 一要", "### 一是", "### 一要")) for h in lines)


def test_speech_kept_from_salutation_to_closing() -> None:
    text = text_of(seed("001"))
    assert text.startswith("同志们：\n这次全市创新主体培育现场会")
    assert text.endswith("今天我就讲这些，谢谢大家！")
    assert text_of(seed("000")).endswith("奋力谱写安康高质量发展新篇章。")


def test_generated_front_matter_parses_back() -> None:
    for path in SEEDS:
        document = normalize_file(path)
        meta, body = split_document(document.markdown)
        assert meta == document.meta
        assert body == document.body


def test_themes_three_to_seven_from_vocabulary() -> None:
    from scripts.clean.themes import theme_names

    names = set(theme_names())
    for path in SEEDS:
        tags = normalize_file(path).meta["tags"]
        assert 3 <= len(tags) <= 7
        assert set(tags) <= names
    assert "新质生产力" in seed("001").meta["tags"]
    assert seed("004").meta["tags"][0] == "工业经济"
    assert "城镇化与城市建设" in seed("003").meta["tags"]  # its section 以新型城镇化推动高质量发展


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_normalizing_clean_text_is_idempotent(path: Path, tmp_path: Path) -> None:
    """The pipeline's own output, fed back as a plain text file, comes out unchanged."""
    document = normalize_file(path)
    clean = document.meta["title"] + "\n\n" + "\n\n".join(body_text(document.body).split("\n"))
    again = tmp_path / "clean.txt"
    again.write_text(clean, encoding="utf-8")
    second = normalize_file(again)
    assert second.body == document.body
    assert second.meta["title"] == document.meta["title"]
    assert second.removals == []


PORTAL_HEAD = ["网站首页 | 政务公开 | 政务服务 | 互动交流", "您当前的位置：首页 > 领导讲话"]
PORTAL_META = ["来源：市政府办公室 发布时间：2023-05-06 09:12 浏览次数：321 【字体：大 中 小】"]
PORTAL_FOOT = ["【打印本页】 【关闭窗口】", "上一篇：市政府召开常务会议", "下一篇：全市防汛工作会议召开",
               "版权所有：某某市人民政府 网站标识码：1234567890", "陕ICP备12345678号"]


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_reposted_on_a_portal_keeps_its_text_and_title(path: Path, tmp_path: Path) -> None:
    """The same scraped text wrapped in another site's chrome comes out with the same speech and title."""
    document = normalize_file(path)
    lines = [*PORTAL_HEAD, document.meta["title"], *PORTAL_META, *path.read_text(encoding="utf-8").split("\n"),
             *PORTAL_FOOT]
    reposted = tmp_path / "reposted.txt"
    reposted.write_text("\n".join(lines), encoding="utf-8")
    again = normalize_file(reposted)
    assert body_text(again.body) == body_text(document.body)
    assert again.meta["title"] == document.meta["title"]


WRAPPERS = {
    "fanwen": (["第一范文网", "首页 > 讲话稿 > 领导讲话", "{title}", "时间：2023-06-01 作者：网友投稿 点击：256",
                "【导语】以下是小编整理的{title}，仅供参考，欢迎阅读。"],
               ["相关热词搜索：讲话 会议", "本文来源：https://www.example.com/a/123.html", "展开全文",
                "免责声明：本站文章来源于网络"]),
    "wechat": (["点击蓝字 关注我们", "原创 某某发布 2023-06-01 08:00 发表于陕西", "{title}"],
               ["来源：某某日报", "编辑：张三 审核：李四", "往期推荐", "市政府召开常务会议", "阅读原文",
                "分享 收藏 点赞 在看"]),
    "docshare": (["{title}", "（此文档为word格式，可任意编辑）"],
                 ["第 3 页 共 3 页", "下载文档到电脑，查找使用更方便", "还剩8页未读，继续阅读"]),
}


@pytest.mark.parametrize("site", WRAPPERS)
@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seed_copied_by_other_kinds_of_site(path: Path, site: str, tmp_path: Path) -> None:
    document = normalize_file(path)
    head, foot = WRAPPERS[site]
    title = document.meta["title"]
    lines = [line.format(title=title) for line in head] + path.read_text(encoding="utf-8").split("\n") + foot
    copy = tmp_path / "copy.txt"
    copy.write_text("\n".join(lines), encoding="utf-8")
    again = normalize_file(copy)
    assert body_text(again.body) == body_text(document.body)
    assert again.meta["title"] == title
