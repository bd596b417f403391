"""Made-up pages in the shapes real scrapers save, on which probing found the cleaner failing: a bulletin's PDF text
with a contents list and a widely spaced running header, an excerpt announced with 摘登如下, an excerpt's unnumbered
topic headings, and an e-paper's masthead row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from scripts.clean.cruft import CONTENTS_ENTRY, CleanResult, clean_lines, drop_contents_list
from scripts.clean.dates import field_date, url_date
from scripts.clean.metadata import masthead_date
from scripts.clean.pipeline import normalize_file
from scripts.clean.structure import typed_rule
from tests.conftest import html_page, text_page

SPEECH = ("同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
          "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n")

HEADER = "某某县人民政府公报                                2023年第5期（总第120期）"
GAZETTE = (f"{HEADER}\n\n目  录\n\n【县政府领导讲话】\n"
           "在全县秋季工作推进会上的讲话……………………………………李某明（2）\n"
           "【县政府文件】\n某某县人民政府关于印发某某实施方案的通知……………………………………（7）\n\n"
           "                       — 1 —\n\n"
           f"{HEADER}\n\n在全县秋季工作推进会上的讲话\n\n李某明\n（2023年9月5日）\n\n"
           "同志们：\n\n今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。\n\n"
           "一、前一阶段工作取得明显成效\n\n今年以来，全县上下坚持稳中求进，主要经济指标保持平稳增长，"
           "重点项目建设有力推进，\n\n                       — 2 —\n\n"
           f"{HEADER}\n\n民生事业持续改善。\n\n二、扎实做好下一阶段工作\n\n"
           "大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n"
           "                       — 3 —\n")


def test_a_bulletins_contents_list_and_spaced_running_header_leave_the_speech_and_its_title(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, GAZETTE), tmp_path)
    assert document.meta["title"] == "在全县秋季工作推进会上的讲话"
    assert document.meta["speaker"] == "李某明"
    assert document.meta["date"] == dt.date(2023, 9, 5)
    for chrome in ("公报", "目  录", "【县政府文件】", "……", "印发某某实施方案"):
        assert chrome not in document.body
    assert "重点项目建设有力推进，民生事业持续改善。" in document.body  # the page break inside it is mended
    assert "二、扎实做好下一阶段工作" in document.markdown


def test_a_running_header_is_one_line_however_wide_the_pdf_set_its_gap() -> None:
    lines = ["某某公报      2023年第5期", "", "同志们：", "", "要坚定信心，真抓实干。", "", "某某公报  2023年第5期", "",
             "要推动各项工作取得新成效。", "", "某某公报 2023年第5期", "", "谢谢大家。"]
    assert [line for line in clean_lines(lines).lines if "公报" in line] == []


def test_a_contents_entry_has_leader_dots_and_a_page_number() -> None:
    for entry in ("在全县大会上的讲话……………………张某（3）", "关于某某工作的报告..............12",
                  "某某方案的通知 ………… — 9 —", "某某县政府工作报告·········· 21"):
        assert CONTENTS_ENTRY.fullmatch(entry), entry
    for line in ("要坚持稳中求进……", "这是讲话的最后一句话……(未完,全文共3876字)", "增长了3.5%……2023年"):
        assert not CONTENTS_ENTRY.fullmatch(line), line


def test_a_single_entry_shaped_line_or_a_heading_with_no_entry_stays() -> None:
    lines = ["目录", "同志们：", "请大家对照材料目录……逐项落实（3）。",
             "要坚定信心，真抓实干，推动各项工作取得新成效。", "这份材料很重要…………（附后）"]
    result = CleanResult(lines=list(lines))
    drop_contents_list(result)
    assert result.lines == lines and result.removals == []


def test_two_entries_without_a_heading_are_a_contents_list() -> None:
    lines = ["关于作风建设的意见……………………12", "【文件】", "关于深化改革的报告……………………18", "",
             "在全县大会上的讲话", "同志们：", "要坚定信心，真抓实干，推动各项工作取得新成效。"]
    result = CleanResult(lines=list(lines))
    drop_contents_list(result)
    assert result.lines == lines[3:]


def test_an_excerpt_announced_with_zhaideng_rumu_starts_at_the_speech_and_dates_it(tmp_path: Path) -> None:
    body = ("<h1>县委书记李某明在县委全会上的讲话（摘登）</h1><div>2023-09-08 08:55 来源：某某日报</div>"
            "<p>9月6日，中共某某县委全体会议召开。县委书记李某明在会上作了讲话。现将讲话摘登如下。</p>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n")[1:]))
    head = "<title>县委书记李某明在县委全会上的讲话（摘登）</title>"
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert "摘登如下" not in document.body and document.body.startswith("今天我们召开")
    assert document.meta["date"] == dt.date(2023, 9, 6)


def test_an_excerpts_first_unnumbered_topic_heading_stays_with_the_text(tmp_path: Path) -> None:
    topics = [("关于今年工作", "今年以来，全县上下坚持稳中求进，主要经济指标保持平稳增长，重点项目建设有力推进。"),
              ("关于明年工作", "明年要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。"),
              ("关于党的建设", "要坚定不移推进全面从严治党，持续深化作风建设，为全县发展提供坚强保证。")]
    body = "<h1>在县委全会上的讲话（摘要）</h1>" + "".join(f"<h3>{h}</h3><p>{p}</p>" for h, p in topics)
    document = normalize_file(html_page(tmp_path, "<title>在县委全会上的讲话（摘要）</title>", body), tmp_path)
    assert document.meta["title"] == "在县委全会上的讲话（摘要）"
    assert all(heading in document.markdown for heading, _ in topics)
    assert document.body.startswith("关于今年工作")


def test_a_title_over_sections_that_open_alike_stays_the_title(tmp_path: Path) -> None:
    body = ("<h2>在全县大会上的讲话</h2>"
            "<h3>在发展中保障民生</h3><p>今年以来，全县上下坚持稳中求进，主要经济指标保持平稳增长。</p>"
            "<h3>在改革中激发活力</h3><p>明年要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩交出满意答卷。</p>")
    document = normalize_file(html_page(tmp_path, "<title>在全县大会上的讲话</title>", body), tmp_path)
    assert document.meta["title"] == "在全县大会上的讲话"
    assert "在全县大会上的讲话" not in document.body


def test_an_e_papers_masthead_row_dates_the_page_not_the_speech(tmp_path: Path) -> None:
    assert masthead_date("某某日报 2023年06月12日 星期一") == dt.date(2023, 6, 12)
    assert masthead_date("某某晚报2023年6月12日（星期一）") == dt.date(2023, 6, 12)
    assert masthead_date("2023年6月12日星期一") is None  # a date alone is read by where it stands
    assert masthead_date("在全县大会上的讲话 2023年6月12日 星期一") is None
    body = ("<div>某某日报 2023年06月12日 星期一</div><div>第03版：综合</div><h1>在全县秋季工作推进会上的讲话</h1>"
            "<h4>（2023年6月9日）</h4>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in SPEECH.strip().split("\n\n")))
    document = normalize_file(html_page(tmp_path, "<title>在全县秋季工作推进会上的讲话</title>", body), tmp_path)
    assert document.meta["published"] == dt.date(2023, 6, 12)
    assert document.meta["date"] == dt.date(2023, 6, 9)


def test_an_address_filed_by_month_then_day_dates_the_page() -> None:
    assert url_date("http://www.example.cn/politics/2023-10/18/c_1129900001.htm") == dt.date(2023, 10, 18)
    assert url_date("http://www.example.gov.cn/xinwen/2021-09/10/content_5600001.htm") == dt.date(2021, 9, 10)
    assert url_date("http://local.example.com.cn/n1/2024/1118/c1001-40300001.html") == dt.date(2024, 11, 18)
    assert url_date("https://www.example.com/list/2023/1399/x.html") is None  # no month 13
    assert url_date("https://www.example.com/list/2023/0230/x.html") is None  # no 30 February


def test_the_og_url_of_a_page_that_prints_no_date_gives_its_publication_date(tmp_path: Path) -> None:
    head = ("<title>在全县秋季工作推进会上的讲话</title>"
            "<meta property='og:url' content='http://www.example.cn/local/2023-10/18/c_1129900001.htm'>")
    body = "<h1>在全县秋季工作推进会上的讲话</h1>" + "".join(f"<p>{p}</p>" for p in SPEECH.strip().split("\n\n"))
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["published"] == dt.date(2023, 10, 18)
    assert "date" not in document.meta  # the address dates the page, not the speech


def test_a_meta_tags_machine_date_is_read_in_any_of_its_forms() -> None:
    for value in ("20240305", "20240305102000", "1709605200", "Tue, 05 Mar 2024 10:20:00 +0800", "2024/3/5 10:20:00"):
        assert field_date(value) == dt.date(2024, 3, 5), value
    for value in ("", "2024", "0305", "20241305"):
        assert field_date(value) is None, value


def test_a_page_whose_only_date_is_a_compact_meta_value_is_dated(tmp_path: Path) -> None:
    head = "<title>在全县秋季工作推进会上的讲话</title><meta name='publishdate' content='20240305'>"
    body = "<h1>在全县秋季工作推进会上的讲话</h1>" + "".join(f"<p>{p}</p>" for p in SPEECH.strip().split("\n\n"))
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["published"] == dt.date(2024, 3, 5)


def test_a_text_split_over_pages_and_joined_by_the_scraper_keeps_its_first_page(tmp_path: Path) -> None:
    title = "在全县秋季工作推进会上的讲话"
    page_one = "<p>同志们：</p><p>今天我们召开全县秋季工作推进会，主要任务是回顾前一阶段工作，安排下一阶段任务。</p>"
    page_two = "<p>大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。</p>"
    body = (f"<h1>{title}</h1><div>发布时间：2023-09-06</div>{page_one}<div>上一页 1 <a>2</a> 下一页</div>"
            f"<h1>{title}</h1><div>发布时间：2023-09-06</div>{page_two}<div><a>上一页</a> 1 2 下一页</div>")
    document = normalize_file(html_page(tmp_path, f"<title>{title}</title>", body), tmp_path)
    assert document.meta["title"] == title
    assert title not in document.body
    assert document.body.startswith("同志们：") and "主要任务是回顾前一阶段工作" in document.body
    assert "以优异成绩向全县人民交出满意答卷" in document.body


def test_a_typed_rule_inside_the_text_is_no_heading(tmp_path: Path) -> None:
    text = ("在全县秋季工作推进会上的讲话\n\n" + SPEECH + "\n-----------\n\n"
            "要推动各项工作落到实处，以优异成绩向全县人民交出满意答卷。\n\n————————————\n\n①指某某事项。\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert "--" not in document.markdown.split("---", 2)[2] and "——" not in document.body
    assert "要推动各项工作落到实处" in document.body and "①指某某事项。" in document.body
    assert typed_rule("＝＝＝＝＝＝") and not typed_rule("——在全县大会上") and not typed_rule("——")


def test_a_documents_imprint_closes_it_and_dates_a_page_that_states_no_other(tmp_path: Path) -> None:
    text = ("在全县秋季工作推进会上的讲话\n\n县长  李某明\n\n（2023年9月5日）\n\n" + SPEECH
            + "\n某某县人民政府办公室                    2023年9月8日印发\n")
    document = normalize_file(text_page(tmp_path, text), tmp_path)
    assert document.meta["published"] == dt.date(2023, 9, 8)
    assert document.meta["date"] == dt.date(2023, 9, 5)
    assert "印发" not in document.body


def test_an_address_with_the_months_folder_in_figures_run_together_then_the_days() -> None:
    assert url_date("http://www.example.com/a/202405/22/WS6650001.html") == dt.date(2024, 5, 22)
    assert url_date("http://www.example.com/a/202413/22/WS6650001.html") is None


def test_json_ld_nested_in_a_graph_is_read_and_the_article_comes_first(tmp_path: Path) -> None:
    graph = ('{"@context":"https://schema.org","@graph":[{"@type":"WebPage",'
             '"name":"在全县秋季工作推进会上的讲话 – 某某网","datePublished":"2023-09-07T02:10:33+00:00"},'
             '{"@type":"Article","headline":"在全县秋季工作推进会上的讲话",'
             '"datePublished":"2023-09-06T02:10:33+00:00"}]}')
    head = f"<title>在全县秋季工作推进会上的讲话 – 某某网</title><script type='application/ld+json'>{graph}</script>"
    body = "<h1>在全县秋季工作推进会上的讲话</h1>" + "".join(f"<p>{p}</p>" for p in SPEECH.strip().split("\n\n"))
    document = normalize_file(html_page(tmp_path, head, body), tmp_path)
    assert document.meta["published"] == dt.date(2023, 9, 6)


NOTED = ("在全县秋季工作推进会上的讲话\n\n县长  李某明\n\n（2023年9月5日）\n\n同志们：\n\n"
         "    今天我们召开全县秋季工作推进会，主要任务是落实高质量发展要求①，安排下一阶段任务。\n\n"
         "    今年以来，全县上下坚持稳中求进，主要经济指标保持平稳增长，重点项目建设有力推进，\n\n"
         "    ①高质量发展：指能够很好满足人民日益增长的美好生活需要的发展。\n\n"
         "                       — 5 —\n\n"
         "某某县人民政府公报                              2023年第5期\n\n"
         "民生事业持续改善。\n\n"
         "    大家要坚定信心，真抓实干，推动各项工作取得新成效，以优异成绩向全县人民交出满意答卷。\n\n"
         "                       — 6 —\n\n"
         "某某县人民政府公报                              2023年第5期\n\n"
         "    谢谢大家。\n\n                       — 7 —\n")


def test_a_bulletins_running_header_printed_twice_beside_page_numbers_goes(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, NOTED), tmp_path)
    assert "公报" not in document.markdown


def test_a_footnote_at_the_foot_of_a_page_that_breaks_a_sentence_moves_to_the_end(tmp_path: Path) -> None:
    document = normalize_file(text_page(tmp_path, NOTED), tmp_path)
    assert "重点项目建设有力推进，民生事业持续改善。" in document.body
    assert document.body.rstrip().endswith("①高质量发展：指能够很好满足人民日益增长的美好生活需要的发展。")


def test_a_heading_repeated_twice_between_paragraphs_is_no_running_header() -> None:
    lines = ["同志们：", "", "要坚定信心，真抓实干，推动各项工作取得新成效。", "", "专家点评", "",
             "要推动各项工作落到实处。", "", "专家点评", "", "要以优异成绩交出满意答卷。"]
    assert clean_lines(lines).lines.count("专家点评") == 2


def test_dublin_core_and_share_card_creation_tags_date_the_page(tmp_path: Path) -> None:
    body = "<h1>在全县秋季工作推进会上的讲话</h1>" + "".join(f"<p>{p}</p>" for p in SPEECH.strip().split("\n\n"))
    for tag in ("name='DC.Date.Created'", "name='dcterms.created'", "name='weibo: article:create_at'"):
        head = f"<title>在全县秋季工作推进会上的讲话</title><meta {tag} content='2024-03-05 10:20:00'>"
        document = normalize_file(html_page(tmp_path, head, body), tmp_path)
        assert document.meta["published"] == dt.date(2024, 3, 5), tag


def test_ladies_and_gentlemen_with_a_comma_open_the_speech(tmp_path: Path) -> None:
    for salutation in ("女士们，先生们：", "女士们、先生们、朋友们：", "朋友们，女士们，先生们："):
        text = (f"在某某峰会上的致辞\n\n{salutation}\n\n"
                "很高兴出席本届峰会。本届峰会以“创新合作”为主题，具有重要意义。\n\n"
                "让我们携手努力，共创美好未来！谢谢大家。\n")
        document = normalize_file(text_page(tmp_path, text), tmp_path)
        assert document.body.startswith(salutation), salutation
