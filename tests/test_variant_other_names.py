"""The label-aware `other-names` variant: the speaker's name replaced in the page and in the label."""

from pathlib import Path

from scripts.measure.evaluate import mapped_label
from scripts.measure.variants import OTHER_NAMES, VARIANTS, other_name, parse

HTML = ("<html><head><title>张三丰在大会上的讲话</title><meta name=\"author\" content=\"张三丰\"></head>"
        "<body><div class=\"张三丰\"><h1>张三丰在大会上的讲话</h1>"
        "<p>张三丰指出，要把工作做好。</p></div></body></html>")
LABEL = {"kind": "speech", "body_start": "张三丰指出", "body_end": "做好。", "inner_cruft": [], "neutral": [],
         "leaks": ["张三丰简介"], "meta": {"title": "张三丰在大会上的讲话", "speaker": "张三丰", "date": None}}


def test_other_names_is_listed_and_label_aware():
    variant = VARIANTS["other-names"]
    assert variant.label_aware is not None
    assert parse("other-names") == [variant]


def test_other_variants_are_unchanged_by_the_hook():
    for name in ("traditional", "crlf", "gbk"):
        variant = VARIANTS[name]
        assert variant.label_aware is None
        assert variant.for_page(LABEL, Path("1.html")) is variant


def test_the_name_is_replaced_outside_tags_and_in_meta_and_in_the_label():
    path = Path("7.html")
    bound = VARIANTS["other-names"].for_page(LABEL, path)
    assert bound is not None
    new = other_name(path.name)[1]
    page = bound.apply(HTML.encode(), path)
    assert page is not None
    text = page.decode()
    assert "张三丰" not in text.replace('class="张三丰"', "")  # the class name is markup: kept
    assert 'class="张三丰"' in text
    assert f"<title>{new}在大会上的讲话</title>" in text and f'content="{new}"' in text
    label = mapped_label(LABEL, bound.text)
    assert label["meta"]["speaker"] == new and label["meta"]["title"] == f"{new}在大会上的讲话"
    assert label["leaks"] == [f"{new}简介"]


def test_the_stand_in_is_chosen_by_the_page_and_every_shape_is_used():
    names = {other_name(f"{n}.html") for n in range(200)}
    assert names == set(OTHER_NAMES)
    assert other_name("12.txt") == other_name("12.txt")


def test_a_page_without_a_chinese_speaker_is_left_alone():
    variant = VARIANTS["other-names"]
    assert variant.for_page({**LABEL, "meta": {"speaker": None}}, Path("1.html")) is None
    assert variant.for_page({**LABEL, "meta": {"speaker": "Taylor Swift"}}, Path("1.html")) is None
    bound = variant.for_page(LABEL, Path("1.txt"))
    assert bound is not None and bound.apply("没有这个人的讲话。".encode(), Path("1.txt")) is None
