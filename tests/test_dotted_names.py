"""A transliterated name whose parts a middle dot joins is a person's name, though it opens with no family name
and runs past five characters (found by the other-names variant)."""

from scripts.clean.metadata import is_bare_name, names_a_person


def test_a_dotted_name_is_a_name():
    assert is_bare_name("阿不都·热合曼")
    assert is_bare_name("买买提·艾力·吐尔逊")
    assert names_a_person("热合曼·托合提同志")


def test_plain_names_and_non_names_are_read_as_before():
    assert is_bare_name("李某明")
    assert is_bare_name("欧阳明远")
    assert not is_bare_name("全文下载")
    assert not is_bare_name("管理员")
    assert not is_bare_name("这是一段很长的正文内容")
