"""善行义举榜, awards and a household's record over time."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.awards import Award
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.good_deeds import GoodDeed
from sanzhi_desktop.domain.star_rating import StarRating
from sanzhi_desktop.services import awards, good_deeds, household_record, points, star_rating
from sanzhi_desktop.services.session import Session
from tests.moral_factories import BLACK_HEAD, black_entry, make_village, posted
from tests.pdf_tools import pdf_text


def test_deed_workflow_and_sheet(session: Session) -> None:
    village = make_village(session)
    deed = good_deeds.nominate_deed(
        session,
        GoodDeed(
            household_id=village.red_household.id,
            person_id=village.red_person.id,
            name="",
            group_no=0,
            virtue="孝",
            deed="照顾瘫痪母亲十年，电话13800001111",
            nominated_date="2026-11-01",
        ),
    )
    with pytest.raises(RefusedError):
        good_deeds.post_deed(session, deed.id, month="2026-11")
    good_deeds.review_deed(session, deed.id, approved=True, reviewers="道德评议会全体")
    good_deeds.post_deed(session, deed.id, month="2026-11", posted_date="2026-11-05")
    text = pdf_text(good_deeds.print_deeds_sheet(session, "2026-11").pdf)
    assert "小营村2026年11月善行义举榜" in text and "李德明" in text and "【孝】" in text
    assert "13800001111" not in text and "138****1111" in text
    with pytest.raises(ValidationError):
        good_deeds.remove_deed(session, deed.id, reason="")
    good_deeds.remove_deed(session, deed.id, reason="经核实不属实", shown_false=True)
    # the month's only deed is off the board: there is no board left to print
    with pytest.raises(RefusedError, match="没有可打印"):
        good_deeds.print_deeds_sheet(session, "2026-11")


def test_bad_virtue_is_refused(session: Session) -> None:
    village = make_village(session)
    with pytest.raises(ValidationError) as err:
        good_deeds.nominate_deed(
            session,
            GoodDeed(
                household_id=village.red_household.id, name="", group_no=0, virtue="勇", deed="x"
            ),
        )
    assert err.value.for_field("virtue")


def test_awards_validate_category_and_local_title(session: Session) -> None:
    village = make_village(session)
    base = {
        "household_id": village.red_household.id,
        "person_id": village.red_person.id,
        "name": "",
        "group_no": 0,
        "year": 2026,
        "approved_by": "村民代表会议",
        "approved_date": "2026-08-20",
    }
    with pytest.raises(ValidationError) as err:
        awards.add_award(session, Award(kind="title", category="其他地方荣誉称号", **base))  # type: ignore[arg-type]
    assert err.value.for_field("title")
    award = awards.add_award(
        session,
        Award(kind="one_off", category="考入985高校", amount_fen=200000, **base),  # type: ignore[arg-type]
    )
    assert award.name == "李德明" and award.group_no == 1
    assert awards.total_amount_fen(awards.list_awards(session, year=2026)) == 200000


def test_household_record_gathers_everything_in_date_order(session: Session) -> None:
    village = make_village(session)
    hid = village.black_household.id
    posted(session, black_entry(village), month="2026-03")
    points.add_points(session, hid, "B02", approved_by="村委会", entry_date="2026-03-10")
    star_rating.rate_household(
        session,
        StarRating(household_id=hid, cycle=2025, rated_date="2025-12-01", stars=["文明礼貌星"]),
    )
    record = household_record.household_record(session, hid)
    assert record.household.head_name == BLACK_HEAD
    assert record.points_balance == -5 and len(record.board_entries) == 1
    kinds = [item.kind for item in record.timeline]
    assert kinds == ["points", "black", "star"]
    assert record.timeline[0].date >= record.timeline[-1].date
