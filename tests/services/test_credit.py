"""信用农户: filing, the computed grade and its moral adjustments, credit lines, coverage."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.credit import UNRATED, CreditFile, CreditRating, encode_list
from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.services import credit, red_black
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import collect_todos
from sanzhi_desktop.storage import clock
from tests.moral_factories import (
    BLACK_HEAD,
    BLACK_PHONE,
    black_entry,
    make_village,
    posted,
    red_entry,
)
from tests.safety_factories import TODAY

ALL = ["C1", "C2", "C3", "C4", "C5", "C6"]
PANEL = "村支书、村主任、信用社客户经理"


@pytest.fixture(autouse=True)
def fixed_today():  # type: ignore[no-untyped-def]
    with clock.as_of(TODAY):
        yield


def _rate(session: Session, household_id: str, met: list[str], **changes: object) -> CreditRating:
    values: dict[str, object] = {
        "household_id": household_id,
        "year": 2026,
        "rated_date": "2026-11-20",
        "panel": PANEL,
        "criteria": encode_list(met),
        **changes,
    }
    return credit.rate_household(session, CreditRating(**values))  # type: ignore[arg-type]


def test_rating_needs_a_file_first_and_file_all_reaches_100_percent(session: Session) -> None:
    village = make_village(session)
    with pytest.raises(ValidationError) as err:
        _rate(session, village.red_household.id, ALL)
    assert "请先建档" in err.value.for_field("household_id")[0]
    assert credit.coverage(session, 2026).filed_pct == 0
    assert not [t for t in collect_todos(session) if t.page == "credit"]  # not begun yet
    credit.file_household(session, CreditFile(village.red_household.id, "2026-03-01"))
    assert any(t.page == "credit" and "1户未建档" in t.text for t in collect_todos(session))
    assert credit.file_all_households(session, filed_date="2026-03-01") == 1
    assert credit.file_all_households(session) == 0  # filed once
    cover = credit.coverage(session, 2026)
    assert (cover.live, cover.filed, cover.filed_pct, cover.rated) == (2, 2, 100, 0)


def test_filing_again_updates_the_one_file(session: Session) -> None:
    village = make_village(session)
    first = credit.file_household(
        session, CreditFile(village.red_household.id, "2026-03-01", industry="养殖")
    )
    again = credit.file_household(
        session, CreditFile(village.red_household.id, "2026-03-01", industry="养殖、种植")
    )
    assert again.id == first.id and len(credit.list_files(session)) == 1


def test_grade_is_computed_and_an_open_black_entry_blocks_it(session: Session) -> None:
    village = make_village(session)
    credit.file_all_households(session)
    red = _rate(session, village.red_household.id, ["C1", "C2", "C3", "C4"])
    assert (red.score, red.grade) == (75, "AA")
    entry = posted(session, black_entry(village), month="2026-10")
    black = _rate(session, village.black_household.id, ALL)
    assert black.base_grade == "AAA" and black.grade == UNRATED
    assert "黑榜在榜" in black.adjustment_list[0]
    red_black.rectify_entry(session, entry.id, rectified_date="2026-11-10")
    assert _rate(session, village.black_household.id, ALL).grade == "AAA"


def test_red_list_raises_and_bad_faith_lowers_with_the_rule_shown(session: Session) -> None:
    village = make_village(session)
    credit.file_all_households(session)
    posted(session, red_entry(village), month="2026-05")
    raised = _rate(session, village.red_household.id, ["C1", "C2", "C3", "C4"])
    assert raised.grade == "AAA" and "守信激励" in raised.adjustment_list[0]
    lowered = _rate(session, village.black_household.id, ALL, bad_faith="贷款逾期三个月")
    assert lowered.grade == "AA" and "失信记录" in lowered.adjustment_list[0]


def test_credit_line_needs_a_grade_and_survives_a_new_rating(session: Session) -> None:
    village = make_village(session)
    credit.file_all_households(session)
    low = _rate(session, village.black_household.id, ["C1"])
    assert low.grade == UNRATED
    with pytest.raises(ValidationError) as err:
        credit.record_credit_line(
            session,
            village.black_household.id,
            2026,
            line_fen=1,
            bank="农商行",
            line_date="2026-11-21",
        )
    assert err.value.for_field("credit_line_fen")
    _rate(session, village.red_household.id, ALL)
    with pytest.raises(ValidationError) as err:
        credit.record_credit_line(
            session, village.red_household.id, 2026, line_fen=5_000_000, bank="", line_date=""
        )
    assert {"bank", "line_date"} <= {e.field for e in err.value.errors}
    credit.record_credit_line(
        session,
        village.red_household.id,
        2026,
        line_fen=5_000_000,
        bank="县农商银行",
        line_date="2026-11-21",
    )
    again = _rate(session, village.red_household.id, ALL[:4])
    assert again.credit_line_fen == 5_000_000 and again.bank == "县农商银行"


def test_public_sheet_shows_head_and_grade_only(session: Session) -> None:
    from tests.pdf_tools import pdf_fonts, pdf_text

    village = make_village(session)
    credit.file_all_households(session)
    _rate(session, village.red_household.id, ALL)
    _rate(session, village.black_household.id, ALL, bad_faith="贷款逾期三个月")
    credit.record_credit_line(
        session,
        village.red_household.id,
        2026,
        line_fen=98_765_400,
        bank="县农商银行",
        line_date="2026-11-21",
    )
    sheet = credit.print_credit(session, 2026)
    text = pdf_text(sheet.pdf)
    assert "小营村2026年度信用农户评定结果公示" in text
    assert "李德明" in text and BLACK_HEAD in text and "AAA" in text
    for secret in (
        "987,654",
        "987654",
        "县农商银行",
        "贷款逾期",
        "100分",
        BLACK_PHONE,
        village.black_id_number,
    ):
        assert secret not in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(sheet.pdf))


def test_credit_village_status_names_what_is_missing(session: Session) -> None:
    village = make_village(session)
    credit.file_all_households(session)
    _rate(session, village.red_household.id, ALL)
    gaps = credit.credit_village_status(session, 2026)
    assert any("评级率50%" in g for g in gaps)
    _rate(session, village.black_household.id, ALL)
    assert credit.credit_village_status(session, 2026) == []
