"""十星级文明户: natural key, disqualifiers, 摘星, 摘牌 and the two-year rule, town catalogue."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.star_rating import StarRating
from sanzhi_desktop.services import star_rating
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage.records import Author
from tests.moral_factories import make_village
from tests.pdf_tools import pdf_text

STARS = ["爱党爱国星", "诚实守信星", "孝老爱亲星"]


def rating(household_id: str, cycle: int = 2024, **changes: object) -> StarRating:
    values: dict[str, object] = {
        "household_id": household_id,
        "cycle": cycle,
        "rated_date": f"{cycle}-12-01",
        "stars": list(STARS),
        "reviewers": "村民代表会议",
    }
    values.update(changes)
    return StarRating(**values)  # type: ignore[arg-type]


def test_default_catalogue_has_the_ten_glossary_stars(session: Session) -> None:
    catalogue = star_rating.star_catalogue(session)
    assert catalogue.source == "default" and len(catalogue.names) == 10
    assert catalogue.names[0] == "爱党爱国星" and "文明礼貌星" in catalogue.names


def test_town_rows_addressed_to_all_override_the_default(session: Session) -> None:
    town = Author(operator="镇文书", owner="610722100")
    for position, name in enumerate(["听党话星", "感党恩星"], start=1):
        records.insert_record(
            session.db,
            "star_catalogue",
            {"addressee": "*", "position": position, "name": name},
            author=town,
        )
    # a row of another town, or addressed to another village, is ignored
    records.insert_record(
        session.db,
        "star_catalogue",
        {"addressee": "*", "position": 1, "name": "外镇星"},
        author=Author(operator="x", owner="610722101"),
    )
    catalogue = star_rating.star_catalogue(session)
    assert catalogue.source == "town" and catalogue.names == ["听党话星", "感党恩星"]
    records.insert_record(
        session.db,
        "star_catalogue",
        {"addressee": "610722100201", "position": 1, "name": "本村专属星"},
        author=town,
    )
    assert star_rating.star_catalogue(session).names == ["本村专属星"]


def test_one_rating_per_household_and_cycle_with_a_natural_id(session: Session) -> None:
    village = make_village(session)
    first = star_rating.rate_household(session, rating(village.red_household.id))
    assert first.id == records.natural_id(
        "star_ratings", "610722100201", village.red_household.id, 2024
    )
    assert first.stars == STARS and first.status == "rated"
    with pytest.raises(RefusedError, match="已经评定过"):
        star_rating.rate_household(session, rating(village.red_household.id))


def test_unknown_star_is_a_field_error(session: Session) -> None:
    village = make_village(session)
    with pytest.raises(ValidationError) as err:
        star_rating.rate_household(session, rating(village.red_household.id, stars=["月亮星"]))
    assert "月亮星" in err.value.for_field("stars")[0]


def test_disqualifier_blocks_the_plaque_and_records_why(session: Session) -> None:
    village = make_village(session)
    with pytest.raises(ValidationError):
        star_rating.rate_household(
            session, rating(village.black_household.id, disqualifiers=["gambling_drugs_gangs"])
        )
    stored = star_rating.rate_household(
        session,
        rating(
            village.black_household.id,
            disqualifiers=["gambling_drugs_gangs"],
            disqualify_note="2024年8月因赌博被行政处罚",
        ),
    )
    assert stored.status == "disqualified" and stored.stars == []
    assert stored.disqualify_note.startswith("2024年8月")
    with pytest.raises(RefusedError, match="涉赌涉毒涉黑"):
        star_rating.award_plaque(session, stored.id)


def test_remove_star_needs_a_reason_and_is_recorded(session: Session) -> None:
    village = make_village(session)
    stored = star_rating.rate_household(session, rating(village.red_household.id))
    star_rating.award_plaque(session, stored.id, on="2024-12-20")
    with pytest.raises(RefusedError, match="原因"):
        star_rating.remove_star(session, stored.id, star="诚实守信星", reason=" ")
    with pytest.raises(RefusedError):
        star_rating.remove_star(session, stored.id, star="月亮星", reason="x")
    after = star_rating.remove_star(
        session, stored.id, star="诚实守信星", reason="拖欠贷款", on="2025-03-01"
    )
    assert after.stars == ["爱党爱国星", "孝老爱亲星"] and after.status == "plaqued"
    events = star_rating.star_events(session, household_id=village.red_household.id)
    assert [(e["kind"], e["star"], e["reason"]) for e in events][-1] == (
        "remove_star",
        "诚实守信星",
        "拖欠贷款",
    )


def test_revoked_household_cannot_be_rated_for_two_years(session: Session) -> None:
    village = make_village(session)
    stored = star_rating.rate_household(session, rating(village.red_household.id, cycle=2024))
    with pytest.raises(RefusedError, match="只有已授牌"):
        star_rating.revoke_plaque(session, stored.id, reason="x")
    star_rating.award_plaque(session, stored.id, on="2024-12-20")
    revoked = star_rating.revoke_plaque(
        session, stored.id, reason="家庭成员因盗窃被判刑", on="2025-06-01"
    )
    assert revoked.status == "revoked"
    with pytest.raises(RefusedError, match="2027-06-01起才能重新评定"):
        star_rating.rate_household(
            session, rating(village.red_household.id, cycle=2026, rated_date="2027-05-31")
        )
    again = star_rating.rate_household(
        session, rating(village.red_household.id, cycle=2027, rated_date="2027-06-01")
    )
    assert again.status == "rated"


def test_star_list_sheet_shows_only_star_households(session: Session) -> None:
    village = make_village(session)
    good = star_rating.rate_household(session, rating(village.red_household.id))
    star_rating.award_plaque(session, good.id, on="2024-12-20")
    star_rating.rate_household(
        session,
        rating(village.black_household.id, disqualifiers=["cult"], disqualify_note="参与邪教"),
    )
    text = pdf_text(star_rating.print_star_list(session, 2024).pdf)
    assert "小营村2024年度“十星级文明户”名单" in text
    assert "李德明" in text and "3星" in text and "已授牌" in text
    assert "王小虎" not in text and "王*虎" not in text
    assert village.black_id_number not in text and "13800001111" not in text
