"""积分制: append-only ledger, balance = sum of entries, redemptions, reset, town rules."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.points import balance
from sanzhi_desktop.services import points
from sanzhi_desktop.services.moral_common import set_black_names_full
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage.records import Author
from tests.moral_factories import BLACK_HEAD, BLACK_PHONE, make_village
from tests.pdf_tools import pdf_text


def test_default_rules_and_town_override(session: Session) -> None:
    catalogue = points.points_rules(session)
    assert catalogue.source == "default" and catalogue.find("B02").points == -5  # type: ignore[union-attr]
    records.insert_record(
        session.db,
        "points_rules",
        {"addressee": "*", "code": "Z1", "category": "治安", "points": 8, "description": "巡逻"},
        author=Author(operator="镇文书", owner="610722100"),
    )
    catalogue = points.points_rules(session)
    assert catalogue.source == "town" and [r.code for r in catalogue.rules] == ["Z1"]


def test_balance_is_the_sum_of_the_ledger(session: Session) -> None:
    village = make_village(session)
    hid = village.red_household.id
    points.add_points(session, hid, "A01", approved_by="村委会", entry_date="2026-01-10")
    points.add_points(session, hid, "C01", approved_by="村委会", entry_date="2026-02-10")
    wrong = points.add_points(session, hid, "B02", approved_by="村委会", entry_date="2026-02-11")
    points.correct_entry(
        session, wrong.id, approved_by="村委会", reason="记错户", entry_date="2026-02-12"
    )
    with pytest.raises(RefusedError, match="已经更正过"):
        points.correct_entry(session, wrong.id, approved_by="村委会", reason="再次")
    points.redeem(session, hid, item="洗衣粉", points=5, cash_fen=150, entry_date="2026-03-01")
    history = points.history(session, hid)
    assert [e.points for e in history] == [10, 2, -5, 5, -5]
    assert points.balance(session, hid) == balance(history) == 7


def test_redeeming_more_than_the_balance_is_refused(session: Session) -> None:
    village = make_village(session)
    hid = village.red_household.id
    points.add_points(session, hid, "C01", approved_by="村委会", entry_date="2026-01-10")
    with pytest.raises(RefusedError, match="积分不足"):
        points.redeem(session, hid, item="大米", points=3, entry_date="2026-01-11")
    with pytest.raises(ValidationError):
        points.redeem(session, hid, item="", points=1, entry_date="2026-01-11")
    with pytest.raises(ValidationError):
        points.add_points(session, hid, "NOPE", approved_by="x")
    with pytest.raises(ValidationError):
        points.add_points(session, hid, "C01", approved_by="")


def test_year_end_reset_keeps_history_and_only_once(session: Session) -> None:
    village = make_village(session)
    hid = village.red_household.id
    points.add_points(session, hid, "A01", approved_by="村委会", entry_date="2025-05-01")
    assert points.year_end_reset(session, 2025) == 1
    assert points.balance(session, hid) == 0 and len(points.history(session, hid)) == 2
    with pytest.raises(RefusedError, match="已经清零"):
        points.year_end_reset(session, 2025)


def test_quarter_sheet_masks_names_and_sums(session: Session) -> None:
    village = make_village(session)
    points.add_points(
        session, village.red_household.id, "A01", approved_by="村委会", entry_date="2026-10-05"
    )
    points.add_points(
        session, village.black_household.id, "B02", approved_by="村委会", entry_date="2026-11-05"
    )
    rows = points.quarter_summary(session, 2026, 4)
    assert {(r.head_name, r.earned, r.deducted, r.balance) for r in rows} == {
        ("李德明", 10, 0, 10),
        (BLACK_HEAD, 0, -5, -5),
    }
    sheet = points.print_points_sheet(session, 2026, 4)
    text = pdf_text(sheet.pdf)
    assert "小营村2026年第4季度户积分公示" in text and "王*虎" in text
    assert BLACK_HEAD not in text and BLACK_PHONE not in text
    assert village.black_id_number not in text
    set_black_names_full(session, True)
    assert points.print_points_sheet(session, 2026, 4).warnings
    with pytest.raises(ValidationError):
        points.quarter_summary(session, 2026, 5)
