"""Press-release and news shapes of traditional-script and mainland pages (probe12b): a Hong Kong government
release (以下為…致辭全文, the date line with its clock time under it), a Taiwanese government page (院長…今（5）日
出席…，致詞內容如下), a wire story (its stamp's update note, its bracketed editor with a filing code, its rights
notice), a paper's byline after its name, a day-first date, a school page whose <title> names the school first.
Every page here is made up."""

import datetime as dt
from pathlib import Path

from scripts.clean.dates import parse_date, us_stamp
from scripts.clean.metadata import office_name_delivering
from scripts.clean.pipeline import normalize_file

SPEECH = ["各位嘉賓、各位朋友：",
          "歡迎各位出席今年的論壇。過去一年，環球經濟面對不少挑戰，但本地的金融體系依然穩健，市場運作暢順。",
          "政府會繼續推動創新科技發展，並且研究推出更多便利措施，讓企業和市民有更多選擇。",
          "人才是發展的關鍵。我們會與業界合作，培訓更多專業人員，同時吸引海外人才。",
          "最後，我祝願論壇圓滿成功，各位身體健康，謝謝！"]


def normalize(tmp_path: Path, text: str, suffix: str = ".html"):
    path = tmp_path / f"page{suffix}"
    path.write_text(text, encoding="utf-8")
    return normalize_file(path)


def body(result) -> str:
    return result.markdown.split("---\n", 2)[2]


def test_a_release_lead_in_gives_the_office_without_its_announcing_words():
    lead = "以下為教育局局長王大文今日（六月一日）在研討會的致辭全文："
    assert office_name_delivering(lead) == ("教育局局長", "王大文")
    assert office_name_delivering("以下是市长李某某今天在大会上的讲话全文：") == ("市长", "李某某")


def test_a_release_stamp_with_its_clock_time_dates_the_publication(tmp_path):
    paragraphs = "<br><br>".join(f"　　{line}" for line in SPEECH)
    page = ("<html><head><meta charset='utf-8'><title>局長在論壇致辭</title></head><body>"
            "<div id='h'>局長在論壇致辭</div><div id='pr'>＊＊＊＊＊＊＊＊<br><br>"
            "　　以下為教育局局長王大文今日（六月一日）在論壇的致辭全文：<br><br>"
            f"{paragraphs}<br><br>完<br><br>2023年6月1日（星期四）<br>香港時間15時20分<br></div></body></html>")
    result = normalize(tmp_path, page)
    assert result.meta["speaker"] == "王大文" and result.meta["speaker_title"] == "教育局局長"
    assert result.meta["published"] == dt.date(2023, 6, 1) and result.meta["date"] == dt.date(2023, 6, 1)
    assert "香港時間" not in body(result) and SPEECH[1] in body(result)


def test_a_taiwanese_government_page_names_its_speaker_in_the_lead(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in SPEECH)
    page = ("<html><head><meta charset='utf-8'><title>部長出席研討會致詞 - 某某部</title></head><body>"
            "<header>回首頁 | 網站導覽 | 字級 小 中 大</header><main><h2>部長出席研討會致詞</h2>"
            "<div>發布日期：112-06-01　資料來源：某某部</div><div>列印 分享</div>"
            "<div><p>某某部長陳大同今（1）日出席「產業創新研討會」開幕典禮，致詞內容如下：</p>"
            f"{paragraphs}</div></main></body></html>")
    result = normalize(tmp_path, page)
    assert result.meta["speaker"] == "陳大同"
    assert result.meta["date"] == dt.date(2023, 6, 1) == result.meta["published"]
    assert "致詞內容如下" not in body(result) and SPEECH[-1] in body(result)


def test_a_wire_story_loses_its_update_note_editor_code_and_rights_notice(tmp_path):
    paragraphs = "".join(f"<p>{line}</p>" for line in SPEECH[:-1])
    page = ("<html><head><meta charset='utf-8'><title>部長出席論壇 盼深化合作 | 某某社</title></head><body>"
            "<h1>部長出席論壇 盼深化合作</h1><div>2023/06/01 15:32（6/1 16:10 更新）</div><div>"
            "<p>（某某社記者王小明台北1日電）部長陳大同今天出席論壇時致詞表示，願意深化合作。以下為致詞全文：</p>"
            f"{paragraphs}<p>{SPEECH[-1]}（編輯：李美華）1120601</p></div>"
            "<div>本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。</div></body></html>")
    result = normalize(tmp_path, page)
    text = body(result)
    assert result.meta["speaker"] == "陳大同"
    assert "更新" not in text and "編輯" not in text and "1120601" not in text and "授權" not in text
    assert text.rstrip().endswith(SPEECH[-1])


def test_a_papers_byline_after_its_name_and_a_widget_row_are_no_title(tmp_path):
    lines = ["市長施政報告 強調建設不停歇", "2014.12.13 01:06 pm", "某某報 記者王大同／高雄報導", "字級 列印 分享", "",
             "【記者王大同／高雄報導】高雄市長林大明昨天在議會發表施政報告，以下是施政報告重點內容：", "",
             *[line + "\n" for line in SPEECH]]
    result = normalize(tmp_path, "\n".join(lines), suffix=".txt")
    assert result.meta["title"].startswith("市長施政報告")
    assert result.meta["speaker"] == "林大明"
    assert result.meta["date"] == dt.date(2014, 12, 12)  # 昨天: the day before the paper's stamp
    assert "重點內容" not in body(result) and SPEECH[2] in body(result)


def test_a_day_first_date_is_read_and_a_us_stamp_is_left_to_its_reader():
    assert parse_date("05/03/2024") == dt.date(2024, 3, 5)
    assert parse_date("25/12/2023 14:20") == dt.date(2023, 12, 25)
    assert parse_date("12/31/2024") is None
    assert parse_date("03/05/2004 5:54:13 AM") is None and us_stamp("03/05/2004 5:54:13 AM") == dt.date(2004, 3, 5)


def test_a_short_speech_title_after_the_schools_name_in_the_title_element(tmp_path):
    paragraphs = "<br>".join(f"　　{line}" for line in SPEECH[1:])
    page = ("<html><head><meta charset='utf-8'><title>某某市第二实验小学--校长致辞</title></head><body><table>"
            "<tr><td>某某市第二实验小学</td><td>首页 学校概况 校园新闻</td></tr><tr><td><table>"
            "<tr><td align='center'><b>校长致辞</b></td></tr><tr><td>作者：admin　更新时间：2019-9-2</td></tr>"
            f"<tr><td>{paragraphs}<br>　　　　　　校长：刘某芳</td></tr></table></td></tr></table></body></html>")
    result = normalize(tmp_path, page)
    assert result.meta.get("title") == "校长致辞"


def test_a_policy_address_after_an_office_names_no_one():
    assert office_name_delivering("行政長官2024年施政報告") is None
    assert office_name_delivering("市长施政报告") is None
    assert office_name_delivering("行政長官李大文今日發表施政報告") == ("行政長官", "李大文")


def test_a_report_opening_with_today_is_dated_by_its_publication(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>某某府新聞稿-主席出席「工業年會」</title></head><body>"
            "<div class='news'><h2>主席出席「工業年會」</h2><div>中華民國112年06月01日</div>"
            "<p>主席今天上午出席「工業年會」，肯定工業界對經濟的貢獻。</p><p>主席致詞時表示：</p>"
            + "".join(f"<p>{line}</p>" for line in SPEECH[1:]) + "</div></body></html>")
    result = normalize(tmp_path, page)
    assert result.meta["date"] == dt.date(2023, 6, 1)


def test_a_date_after_the_authors_name_in_a_share_row_is_the_publication(tmp_path):
    lines = ["某某平台", "在全市培训班上的辅导报告", "来源：某某市委党校 作者：陈某某 2023-05-16", "",
             *[line + "\n" for line in ["各位学员：", "很高兴来到培训班，同大家交流学习体会。今天我讲三点。",
                                        "第一，要坚持正确方向，把党的领导贯穿全过程，确保工作的正确方向。",
                                        "第二，要聚焦主责主业，不断提高培训质量，推动工作取得新成效。",
                                        "以上是我的几点体会，不当之处请大家批评指正。谢谢大家！"]]]
    result = normalize(tmp_path, "\n".join(lines), suffix=".txt")
    assert result.meta["published"] == dt.date(2023, 5, 16)
    assert result.meta["speaker"] == "陈某某"


REPORT = ["今天應邀列席委員會進行業務報告，承蒙各位委員的指教與支持，謹致誠摯的謝意。",
          "過去一年，本部持續推動長期照顧政策，服務涵蓋率已明顯提升，並擴大居家照顧服務的量能。",
          "以上報告，敬請各位委員不吝指教，謝謝。"]


def test_an_address_inside_a_sentence_keeps_the_sentence_whole(tmp_path):
    result = normalize(tmp_path, "\n".join(["部長業務報告", "各位委員：", *REPORT]) + "\n", suffix=".txt")
    assert REPORT[0] in body(result)


def test_the_chair_before_the_members_is_one_salutation(tmp_path):
    result = normalize(tmp_path, "\n".join(["部長業務報告", "主席、各位委員：", *REPORT]) + "\n", suffix=".txt")
    text = body(result)
    assert text.lstrip().startswith("主席、各位委員：") and REPORT[0] in text
    assert result.meta["title"] == "部長業務報告"


def test_a_councils_name_opening_a_headline_is_no_speaker(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>區議會主席在區議會第一次會議上的講話</title></head><body>"
            "<h1>區議會主席在區議會第一次會議上的講話</h1><p>日期：15/01/2024</p><p>各位議員：</p>"
            + "".join(f"<p>{line}</p>" for line in SPEECH[1:]) + "</body></html>")
    result = normalize(tmp_path, page)
    assert "speaker" not in result.meta and result.meta["speaker_title"] == "區議會主席"
    assert result.meta["published"] == dt.date(2024, 1, 15)


def test_a_taiwanese_paper_dates_by_the_day_alone_and_stamps_with_the_part_of_the_day(tmp_path):
    lines = ["市長出席畢業典禮致詞 勉勵學子追夢", "某某新聞網 王小明 2024年6月8日 週六 下午2:30",
             "某某市長陳大明8日出席某某大學畢業典禮，致詞時勉勵畢業生勇敢追夢。致詞全文如下：",
             "各位師長、家長、各位畢業生：", *SPEECH[1:]]
    result = normalize(tmp_path, "\n".join(lines) + "\n", suffix=".txt")
    assert result.meta["title"].startswith("市長出席畢業典禮致詞")
    assert result.meta["speaker"] == "陳大明"
    assert result.meta["date"] == dt.date(2024, 6, 8) == result.meta["published"]
    assert parse_date("2024年6月8日 下午2:30") == dt.date(2024, 6, 8)


def test_going_to_the_legislature_to_give_the_report_names_its_speaker():
    assert office_name_delivering("行政院長林國華今天赴立法院進行施政報告並備質詢。") == ("行政院長", "林國華")


def test_macaus_portuguese_version_under_the_chinese_text_goes(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>主席在酒會上的致辭 - 某某會</title></head><body>"
            "<h2>主席在酒會上的致辭</h2><p>日期：18/12/2023</p>" + "".join(f"<p>{line}</p>" for line in SPEECH)
            + "<p>Versão Portuguesa</p><p>Discurso do Presidente na recepção comemorativa do 3.º aniversário</p>"
            "</body></html>")
    text = body(normalize(tmp_path, page))
    assert "Versão" not in text and "Discurso" not in text and SPEECH[-1] in text


def test_a_publishing_units_cell_is_no_title(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>某某部-新聞與公告-部長致詞</title></head><body>"
            "<div>現在位置：首頁 > 新聞與公告 > 部長致詞</div><h3>某某部長出席年度表揚大會致詞稿</h3>"
            "<table><tr><td>發布單位：秘書處</td><td>發布日期：112-12-20</td><td>點閱次數：245</td></tr></table>"
            + "".join(f"<p>{line}</p>" for line in SPEECH) + "</body></html>")
    result = normalize(tmp_path, page)
    assert result.meta["title"] == "某某部長出席年度表揚大會致詞稿"
    assert result.meta["published"] == dt.date(2023, 12, 20)


def test_a_share_page_titled_with_its_platforms_name_keeps_the_speechs_headline(tmp_path):
    page = ("<html><head><meta charset='utf-8'><title>某某强国</title></head><body>"
            "<div>某某强国 学习平台</div><div>在全县农村工作会议上的讲话</div>"
            "<div>来源：某某县融媒体中心　作者：县委书记 赵某某</div><div>2023-02-08</div><div>"
            "<p>同志们：</p><p>今天召开全县农村工作会议，主要任务是贯彻落实上级会议精神，部署今年全县农村工作。</p>"
            "<p>今年，要坚决扛稳粮食安全责任，大力发展特色产业，扎实推进乡村建设和乡村治理。</p>"
            "<p>同志们，让我们凝心聚力、苦干实干，奋力开创全县乡村振兴新局面！</p></div></body></html>")
    result = normalize(tmp_path, page)
    assert result.meta["title"] == "在全县农村工作会议上的讲话"
    assert result.meta["speaker"] == "赵某某"


def test_hong_kong_release_leads_in_their_other_wordings_name_the_speaker():
    assert office_name_delivering("以下是行政長官李大文今日（三月五日）出席論壇時的致辭：") == ("行政長官", "李大文")
    assert office_name_delivering("以下是財政司司長陳志明今日（三月五日）出席論壇致辭：") == ("財政司司長", "陳志明")
    assert office_name_delivering("以下是律政司司長林大成今日（五月二日）於開幕禮的致辭：") == ("律政司司長", "林大成")
    assert office_name_delivering("市长张某出席会议听取工作报告") is None  # he listened to the report


def test_the_occasion_in_a_speech_title_is_no_name_and_a_courteous_signature_signs(tmp_path):
    from scripts.clean.metadata import office_name_titling
    assert office_name_titling("校長畢業典禮致詞") is None and office_name_titling("校长毕业典礼致辞") is None
    assert office_name_titling("校长张某毕业典礼致辞") == ("校长", "张某")
    lines = ["校長畢業典禮致詞", "各位家長、各位師長、親愛的畢業生：", *SPEECH[1:], "校長 黃某某 敬上",
             "中華民國113年6月8日"]
    result = normalize(tmp_path, "\n".join(lines) + "\n", suffix=".txt")
    assert result.meta["speaker"] == "黃某某" and result.meta["date"] == dt.date(2024, 6, 8)


def test_a_legislators_speech_opening_by_addressing_the_chair_keeps_the_address(tmp_path):
    lines = ["立法會：局長動議二讀條例草案發言全文", "＊＊＊＊＊＊＊＊＊＊",
             "　　以下是保安局局長鄧某某今日（五月二日）在立法會會議上動議二讀條例草案的發言全文：", "", "主席：", "",
             "　　我謹動議二讀條例草案。條例草案的目的，是完善現行的規管制度，加強對公眾安全的保障。", "",
             "　　條例草案主要有三方面的修訂，政府在過去一年進行了廣泛諮詢，收到超過二百份意見書。", "",
             "　　主席，我懇請各位議員支持條例草案，謝謝主席。", "", "完", "2024年5月2日（星期四）", "香港時間12時45分"]
    result = normalize(tmp_path, "\n".join(lines) + "\n", suffix=".txt")
    assert body(result).lstrip().startswith("主席：")
    assert result.meta["speaker"] == "鄧某某" and result.meta["published"] == dt.date(2024, 5, 2)
