"""Official documents (通知, 决定, 意见 …) are refused as not speeches unless the sidecar sets `genre`."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
import yaml

from scripts.clean.official_documents import RULES_FILE, document_signs, is_document, load_signs
from scripts.clean.pipeline import normalize_file
from scripts.core.errors import InputError
from tests.conftest import case_params

ENTRIES = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))["signs"]

NOTICE = """关于开展安全生产大检查的通知
川府办发〔2014〕12号
各市（州）、县（市、区）人民政府，省政府各部门、各直属机构：
为切实加强安全生产工作，有效防范和遏制重特大事故发生，经省政府同意，决定在全省范围内开展安全生产大检查。现将有关事项通知如下。
一、检查范围
各地各部门要对本地区本行业领域的生产经营单位开展全面检查，做到不留死角、不留盲区、不留隐患。
二、工作要求
各地要高度重视，加强组织领导，于6月20日前将检查情况报省政府办公厅。
特此通知。
"""
SPEECH = """在全省安全生产工作会议上的讲话
同志们：
这次会议的主要任务是，分析当前安全生产形势，部署下一阶段工作。刚才，几个地方作了交流发言，讲得很好。
关于开展安全生产大检查的通知已经印发，各地各部门要认真贯彻落实，做到不留死角、不留盲区、不留隐患。
同志们，安全生产责任重于泰山，希望大家扎实工作，确保全省安全生产形势持续稳定。谢谢大家！
"""


@pytest.mark.parametrize(("entry", "example"), case_params(ENTRIES, "examples", RULES_FILE.name))
def test_sign_recognises_its_examples(entry: dict, example: str) -> None:
    assert load_signs()[entry["name"]].pattern.fullmatch(example)


@pytest.mark.parametrize(("entry", "keep"), case_params(ENTRIES, "keep", RULES_FILE.name))
def test_sign_leaves_speech_text_alone(entry: dict, keep: str) -> None:
    assert not load_signs()[entry["name"]].pattern.fullmatch(keep)


def test_a_notice_is_refused_saying_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    with pytest.raises(InputError, match=r"official document \(通知\), not a speech.*特此通知.*genre"):
        normalize_file(path, tmp_path)


def test_traditional_notice_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    traditional = opencc.OpenCC("s2t").convert(NOTICE)
    assert "特此通知" in traditional and "各直屬機構" in traditional
    path.write_text(traditional, encoding="utf-8")
    with pytest.raises(InputError, match="official document"):
        normalize_file(path, tmp_path)


def test_a_sidecar_genre_lets_a_document_in(tmp_path: Path) -> None:
    path = tmp_path / "notice.txt"
    path.write_text(NOTICE, encoding="utf-8")
    (tmp_path / "notice.meta.yml").write_text("genre: 通知\n", encoding="utf-8")
    document = normalize_file(path, tmp_path)
    assert document.meta["genre"] == "通知"
    assert "特此通知。" in document.body


def test_a_speech_that_mentions_a_notice_is_a_speech(tmp_path: Path) -> None:
    path = tmp_path / "speech.txt"
    path.write_text(SPEECH, encoding="utf-8")
    assert normalize_file(path, tmp_path).meta["title"] == "在全省安全生产工作会议上的讲话"


def test_a_sign_file_with_an_unknown_key_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "documents.yml"
    bad.write_text("signs:\n  - name: closing-formula\n    pattern: x\n    reason: r\n    zone: head\n",
                   encoding="utf-8")
    with pytest.raises(ValueError, match=r"documents.yml: sign closing-formula: unknown key"):
        load_signs(bad)


def test_document_number_above_a_document_title_in_the_head_is_a_document() -> None:
    """A 函 without a 主送 line: its number and its 关于…的通知 title, both in the head (the metadata took
    another line for the title), are enough; a speech title with a number above it is not."""
    head = ["临政办函[2013]89号", "临安市人民政府办公室关于成立临安市信用建设工作领导小组的通知", "组长：李文钢"]
    assert is_document(document_signs("胡廖明（市发改局）", head, ["领导小组下设办公室，办公室设在市发改局。"]))
    speech_head = ["市委办〔2023〕5号", "在全市安全生产工作会议上的讲话"]
    assert not is_document(document_signs("在全市安全生产工作会议上的讲话", speech_head, ["同志们："]))


def test_a_meeting_programme_is_refused_unless_the_sidecar_sets_genre(tmp_path: Path) -> None:
    slots = ["09:30~10:00", "签到", "10:00~10:30", "市交通委作项目推介", "10:30~10:45", "企业代表发言",
             "10:45~11:00", "市政府领导讲话"]
    path = tmp_path / "agenda.txt"
    path.write_text("\n".join(["招商推介会会议日程", "会议时间：2018年5月18日", *slots]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"meeting programme \(4 time slots such as '09:30~10:00'\)"):
        normalize_file(path, tmp_path)
    speech = tmp_path / "speech.txt"
    speech.write_text(SPEECH.replace("刚才，", "上午9:00-11:00，"), encoding="utf-8")
    assert "同志们" in normalize_file(speech, tmp_path).body
