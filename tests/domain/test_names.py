"""Names as people really write them: every CJK ideograph block, 〇, the middle dots."""

from __future__ import annotations

import itertools

import pytest

from sanzhi_desktop.domain.masking import mask_name
from sanzhi_desktop.domain.names import HAN_RANGES, collation_key_text, is_han
from sanzhi_desktop.domain.roster import name_error

#: One character from each block (first, a middle one, last), Ext. A to Ext. H.
SAMPLES = {
    "Ext A": "\u3400\u4db5",
    "Ext B": "𪚥\U00020000\U0002a6df",
    "Ext C": "\U0002a700\U0002b739",
    "Ext D": "\U0002b740\U0002b81d",
    "Ext E": "\U0002b820\U0002cea1",
    "Ext F": "\U0002ceb0\U0002ebe0",
    "Ext G": "\U00030000\U0003134a",
    "Ext H": "\U00031350\U000323af",
    "Ext I": "\U0002ebf0",
    "compatibility": "\uf900\U0002f800",
}


@pytest.mark.parametrize("chars", SAMPLES.values(), ids=SAMPLES.keys())
def test_every_ideograph_block_is_a_name_character(chars: str) -> None:
    for char in chars:
        assert is_han(char), hex(ord(char))
        assert name_error("王" + char) is None, hex(ord(char))


@pytest.mark.parametrize(
    "name",
    ["李〇", "〇〇七", "阿依古丽·买买提", "阿依古丽•买买提", "玛丽・安", "约翰‧史密斯", "王𪚥"],
)
def test_names_with_ling_and_middle_dots(name: str) -> None:
    assert name_error(name) is None


@pytest.mark.parametrize("name", ["王😀", "张三3", "李_四", "\U000e0100王"])
def test_what_is_not_a_name_is_still_refused(name: str) -> None:
    assert name_error(name) is not None


def test_blocks_do_not_overlap_and_leave_out_the_neighbours() -> None:
    ordered = sorted(HAN_RANGES)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(ordered))
    for outside in ("\u33ff", "\u4dc0", "\U0001f600", "\U0002fa20", "A", "3"):
        assert not is_han(outside)


def test_masking_counts_characters_not_code_units() -> None:
    assert mask_name("王𪚥明") == "王*明"
    assert mask_name("𪚥明") == "𪚥*"
    assert mask_name("欧阳\U00030000明") == "欧**明"


def test_sort_key_keeps_a_rare_surname_whole() -> None:
    assert collation_key_text("𪚥明") == "𪚥明"
    assert collation_key_text("曾𪚥") == "增𪚥"


def test_pinyin_sort_key_orders_names_as_the_collator_does() -> None:
    from sanzhi_desktop.domain.names import pinyin_sort_key

    names = ["张三", "曾国藩", "安娜", "白雪", "阿强", "王五", "单田芳", "李四", "𪚥一", "Bob"]
    # Latin first; 单 read Shàn, 曾 Zēng; a character beyond Ext. A last
    expected = ["Bob", "阿强", "安娜", "白雪", "李四", "单田芳", "王五", "曾国藩", "张三", "𪚥一"]
    assert sorted(names, key=pinyin_sort_key) == expected
    assert pinyin_sort_key("张三") < pinyin_sort_key("张三丰")  # a prefix first
