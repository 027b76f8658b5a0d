"""Name masking, identifier scrubbing, clause numbers, the two-year ban, the board rule."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.masking import mask_name, scrub_identifiers, shown_name
from sanzhi_desktop.domain.moral_common import add_months, chinese_number, clause_label
from sanzhi_desktop.domain.red_black import BoardEntry
from sanzhi_desktop.domain.star_rating import rating_ban_until


@pytest.mark.parametrize(
    ("name", "masked"),
    [("张小三", "张*三"), ("王五", "王*"), ("欧阳小明", "欧**明"), ("李", "*"), ("", "")],
)
def test_mask_name(name: str, masked: str) -> None:
    assert mask_name(name) == masked
    assert shown_name(name, full=True) == name


def test_scrub_identifiers() -> None:
    text = scrub_identifiers("电话13912345678，身份证61072219800101001X，门牌12号")
    assert text == "电话139****5678，身份证6107**********001X，门牌12号"


@pytest.mark.parametrize(
    ("n", "zh"), [(1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九")]
)
def test_chinese_numbers(n: int, zh: str) -> None:
    assert chinese_number(n) == zh
    assert clause_label(n) == f"第{zh}条"


def test_months_and_the_ban() -> None:
    assert add_months("2026-11", 3) == "2027-02" and add_months("2026-01", -1) == "2025-12"
    assert str(rating_ban_until("2024-02-29")) == "2026-02-28"


def test_entry_on_board_rule() -> None:
    entry = BoardEntry(
        board="black", household_id="h", name="x", group_no=1, category="c", deed="d",
        status="rectified", month="2026-09", closed_date="2026-11-03",
    )  # fmt: skip
    assert [entry.on_board_in(m) for m in ("2026-08", "2026-09", "2026-10", "2026-11")] == [
        False, True, True, False,
    ]  # fmt: skip
    entry.objection = "不实"
    assert not entry.on_board_in("2026-10")
