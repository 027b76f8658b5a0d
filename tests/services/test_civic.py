"""The 自治/德治 registers through their services: councils, worthies, family rules, 红白事."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanzhi_desktop.domain.councils import Council, CouncilMeeting, CouncilMember
from sanzhi_desktop.domain.custom_reform import CustomEvent, CustomLimits
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.family_rules import FamilyRules, MoralLecture
from sanzhi_desktop.domain.red_black import BoardEntry
from sanzhi_desktop.domain.village_rules import Clause, RulesVersion
from sanzhi_desktop.domain.worthies import Contribution, Worthy
from sanzhi_desktop.services import (
    civic_figures,
    civic_search,
    councils,
    custom_reform,
    family_rules,
    red_black,
    roster,
    todo,
    village_rules,
    worthies,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock
from tests.sync.helpers import add_household

DAY = "2026-11-20"


def _person(session: Session, household_id: str) -> str:
    [person] = [p for p in roster.list_persons(session) if p["household_id"] == household_id]
    return str(person["id"])


def _council(session: Session, kind: str = "moral_review") -> Council:
    return councils.set_up_council(session, Council(kind=kind, set_up_date="2025-03-10"))


def test_a_council_is_set_up_once_per_village(session: Session) -> None:
    first = _council(session)
    again = councils.set_up_council(
        session, Council(kind="moral_review", set_up_date="2025-03-12", charter="章程")
    )
    assert again.id == first.id and again.set_up_date == "2025-03-12"
    assert [c.kind for c in councils.list_councils(session)] == ["moral_review"]
    with pytest.raises(ValidationError) as err:
        councils.set_up_council(session, Council(kind="chess_club", set_up_date="2025-03-10"))
    assert err.value.for_field("kind")


def test_members_from_the_roster_and_outside(session: Session) -> None:
    council = _council(session, "worthies_association")
    household = add_household(session, "0301", "王建军")
    member = councils.add_member(
        session,
        CouncilMember(
            council_id=council.id,
            name="随便写",
            role="会长",
            household_id=household,
            person_id=_person(session, household),
            term_start="2025-03-10",
        ),
    )
    assert (member.name, member.group_no) == ("王建军", 3)  # copied from the roster
    outside = councils.add_member(
        session,
        CouncilMember(
            council_id=council.id,
            name="周明远",
            outside_place="西安市",
            term_start="2025-03-10",
        ),
    )
    councils.end_membership(session, outside.id, on="2025-12-31")
    assert [m.name for m in councils.list_members(session, council.id, year=2026)] == ["王建军"]
    assert len(councils.list_members(session, council.id, year=2025)) == 2
    with pytest.raises(ValidationError) as err:
        councils.add_member(
            session, CouncilMember(council_id="nope", name="甲", term_start="2025-01-01")
        )
    assert err.value.for_field("council_id") and err.value.for_field("outside_place")


def test_meeting_expected_count_comes_from_the_members(session: Session) -> None:
    council = _council(session, "red_white")
    for name in ("甲", "乙", "丙"):
        councils.add_member(
            session,
            CouncilMember(council.id, name, outside_place="邻村", term_start="2025-03-10"),
        )
    meeting = councils.record_meeting(
        session, CouncilMeeting(council.id, "", DAY, "修订红白事标准", present_count=2)
    )
    assert (meeting.kind, meeting.expected_count) == ("red_white", 3)
    with pytest.raises(ValidationError) as err:
        councils.record_meeting(
            session, CouncilMeeting(council.id, "", DAY, "议题", present_count=4)
        )
    assert "不能多于应到人数（3）" in err.value.for_field("present_count")[0]


def test_dual_review_lists_both_bodies_and_what_each_decided(session: Session) -> None:
    moral = _council(session, "moral_review")
    worthy_body = _council(session, "worthies_association")
    other = _council(session, "red_white")
    review = councils.record_meeting(
        session,
        CouncilMeeting(moral.id, "", "2026-05-06", "评议红黑榜", attendees="甲、乙、丙"),
    )
    councils.record_meeting(session, CouncilMeeting(worthy_body.id, "", "2026-06-01", "乡贤议事"))
    elsewhere = councils.record_meeting(session, CouncilMeeting(other.id, "", DAY, "标准"))
    household = add_household(session, "0101")
    entry = red_black.report_entry(
        session,
        BoardEntry("red", household, "", 0, "孝老爱亲", "照顾婆婆", reported_date="2026-05-01"),
    )
    red_black.verify_entry(session, entry.id, verified_date="2026-05-02", note="属实")
    reviewed = red_black.review_entry(session, entry.id, approved=True, meeting_id=review.id)
    assert (reviewed.review_date, reviewed.reviewers) == ("2026-05-06", "甲、乙、丙")
    sessions = councils.dual_review(session, 2026)
    assert [(s.label, s.decided) for s in sessions] == [("道德评议", 1), ("乡贤议事", 0)]
    second = red_black.report_entry(
        session,
        BoardEntry("red", household, "", 0, "孝老爱亲", "照顾公公", reported_date="2026-05-01"),
    )
    red_black.verify_entry(session, second.id, verified_date="2026-05-02", note="属实")
    with pytest.raises(ValidationError) as err:
        red_black.review_entry(session, second.id, approved=True, meeting_id=elsewhere.id)
    assert "道德评议会" in err.value.for_field("review_meeting_id")[0]


def test_worthies_and_their_contributions(session: Session) -> None:
    worthy = worthies.name_worthy(
        session,
        Worthy(name="周明远", field="企业家", roles="致富领航员", lives_at="西安市", work="建材"),
    )
    worthies.add_contribution(
        session,
        Contribution(worthy.id, "2026-03-01", "捐资", amount_fen=2_000_000, project="修村史馆"),
    )
    with pytest.raises(ValidationError) as err:
        worthies.add_contribution(
            session, Contribution(worthy.id, "2026-03-01", "调解协助", case_id="missing")
        )
    assert "找不到" in err.value.for_field("case_id")[0]
    [row] = worthies.worthies_with_totals(session)
    assert (row.money_fen, row.projects) == (2_000_000, ("修村史馆",))
    left = worthies.update_worthy(session, Worthy(**{**worthy.to_record(), "status": "left"}))
    assert not left.active and worthies.list_worthies(session) == []


def test_family_rules_one_text_per_household_and_the_years_best(session: Session) -> None:
    household = add_household(session, "0201", "李秀英")
    first = family_rules.collect_family_rules(
        session, FamilyRules(household, "", 0, "孝敬父母", "2025-04-01")
    )
    second = family_rules.collect_family_rules(
        session, FamilyRules(household, "", 0, "孝敬父母，和睦邻里", "2026-04-01")
    )
    assert second.id == first.id and second.head_name == "李秀英" and second.group_no == 2
    family_rules.select_excellent(session, second.id, year=2026)
    assert [r.head_name for r in family_rules.list_family_rules(session, year=2026)] == ["李秀英"]
    assert family_rules.list_family_rules(session, year=2025) == []  # collected in 2026 now
    assert len(family_rules.list_family_rules(session, year=2026, excellent_only=True)) == 1
    family_rules.record_lecture(session, MoralLecture(DAY, "移风易俗", "村支书", attendance=40))
    with pytest.raises(ValidationError) as err:
        family_rules.record_lecture(session, MoralLecture(DAY, "", "", attendance=-1))
    assert {e.field for e in err.value.errors} == {"topic", "speaker", "attendance"}


def _black_clause(session: Session) -> str:
    version = village_rules.add_version(
        session, RulesVersion(title="村规民约", review_date="2025-01-08", review_result="通过")
    )
    clause = village_rules.add_clause(
        session, Clause(version_id=version.id, number=5, text="婚事新办、丧事简办。")
    )
    return clause.id


def test_over_the_limit_is_a_finding_until_handled(session: Session) -> None:
    household = add_household(session, "0101", "张文博")
    custom_reform.set_limits(session, CustomLimits(wedding_tables=20))
    within = custom_reform.register_event(
        session, CustomEvent(household, "", 0, "wedding", DAY, tables=20, betrothal_fen=1)
    )
    assert not within.finding
    over = custom_reform.register_event(
        session, CustomEvent(household, "", 0, "wedding", DAY, tables=30)
    )
    assert over.finding == "桌数30桌，超过限额20桌" and over.head_name == "张文博"
    [item] = [t for t in todo.collect_todos(session) if t.table == "custom_events"]
    assert item.record_id == over.id and "张文博" in item.text
    with pytest.raises(RefusedError):
        custom_reform.handle_finding(session, within.id, handling="criticised", note="x")
    with pytest.raises(ValidationError) as err:  # a black-list entry must cite a clause
        custom_reform.handle_finding(
            session, over.id, handling="black_list", note="书面检讨", on=DAY
        )
    assert err.value.for_field("clause_id")
    assert custom_reform.get_event(session, over.id).handling == ""  # nothing half-done
    handled = custom_reform.handle_finding(
        session,
        over.id,
        handling="black_list",
        note="书面检讨，今后婚事简办",
        on=DAY,
        clause_id=_black_clause(session),
        deadline="2026-12-31",
    )
    entry = red_black.get_entry(session, handled.red_black_entry_id)
    assert (entry.board, entry.category, entry.status) == ("black", "大操大办", "reported")
    assert "超过限额" in entry.deed
    assert not [t for t in todo.collect_todos(session) if t.table == "custom_events"]
    with pytest.raises(RefusedError):
        custom_reform.handle_finding(session, over.id, handling="criticised", note="x", on=DAY)


def test_a_spoilt_limits_setting_falls_back_to_the_defaults(session: Session) -> None:
    from sanzhi_desktop.storage import office

    office.set_setting(session.db, custom_reform.LIMITS_KEY, {"wedding_tables": "lots"})
    assert custom_reform.limits(session) == CustomLimits()
    with pytest.raises(ValidationError):
        custom_reform.set_limits(session, CustomLimits(wedding_cars=-1))


def test_councils_not_set_up_and_not_met_are_to_dos(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    def civic_todos() -> list[str]:
        return [t.text for t in todo.collect_todos(session) if t.page == "civic"]

    assert civic_todos() == []  # a new office fills its roster first
    add_household(session, "0101")
    assert civic_todos() == [
        "一约五会：尚未成立道德评议会、村民理事会、红白理事会、禁毒禁赌会、乡贤文化促进会"
    ]
    _council(session, "red_white")
    monkeypatch.setattr(clock, "today", lambda: date(2026, 11, 1))
    texts = civic_todos()
    missing = "一约五会：尚未成立道德评议会、村民理事会、禁毒禁赌会、乡贤文化促进会"
    assert sorted(texts) == sorted(["红白理事会今年还没有开过会", missing])
    monkeypatch.setattr(clock, "today", lambda: date(2026, 6, 1))
    assert civic_todos() == [missing]  # before October nobody is reminded


def test_search_covers_topics_and_names(session: Session) -> None:
    council = _council(session)
    councils.record_meeting(session, CouncilMeeting(council.id, "", DAY, "评议十星级文明户申报"))
    worthies.name_worthy(session, Worthy(name="周明远", field="企业家", lives_at="西安市"))
    hits = civic_search.search_civic(session, "星级文明")
    assert [(h.kind, h.title) for h in hits] == [("五会会议", "道德评议会：评议十星级文明户申报")]
    assert [h.title for h in civic_search.search_civic(session, "明远")] == ["周明远"]


def test_a_town_keeps_no_registers_itself(tmp_path: Path) -> None:
    from tests.sync.helpers import make_town

    town = make_town(tmp_path)
    try:
        with pytest.raises(RefusedError):
            councils.set_up_council(town, Council(kind="red_white", set_up_date="2025-01-01"))
        assert not [t for t in todo.collect_todos(town) if t.page == "civic"]
    finally:
        town.close()


def test_figures_count_the_year(session: Session) -> None:
    council = _council(session)
    councils.record_meeting(session, CouncilMeeting(council.id, "", "2025-06-01", "旧会"))
    councils.record_meeting(session, CouncilMeeting(council.id, "", DAY, "新会"))
    figures = civic_figures.civic_figures(session, 2026)
    assert (figures.councils_set_up, figures.meetings, figures.dual_review_sessions) == (1, 1, 1)
