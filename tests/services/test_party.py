"""党建 services: members on the roster, meetings and their rhythm, the yearly cycle, targets."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest

from sanzhi_desktop.domain.decisions import Decision, DecisionStep
from sanzhi_desktop.domain.errors import NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.domain.party import Branch, PartyMember
from sanzhi_desktop.domain.party_meetings import PartyMeeting
from sanzhi_desktop.domain.party_points import ReviewResult
from sanzhi_desktop.domain.party_targets import Cadre, CollectiveStatus, ModelPost, Training
from sanzhi_desktop.services import (
    decisions,
    finance,
    party,
    party_catalogue,
    party_export,
    party_meetings,
    party_points,
    party_search,
    party_targets,
    roster,
)
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import collect_todos
from sanzhi_desktop.storage import migrations
from tests.party_factory import branch, freeze_today, people


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_today(monkeypatch)


def meeting(session: Session, day: str, kind: str = "theme_day", present: int = 4) -> PartyMeeting:
    ids = [m.id for m in party.list_members(session, on=day)][:present]
    return party_meetings.record_meeting(
        session, PartyMeeting(kind=kind, held_on=day, topic="学习党章", host="张建国"), ids
    )


def test_migration_m009_party_comes_after_law_and_before_safety() -> None:
    names = [name for name, _fn in migrations.STEPS]
    assert names.index("m008_law") < names.index("m009_party") < names.index("m010_safety_credit")


def test_a_member_is_a_person_of_the_roster_once(session: Session) -> None:
    [first, *_] = branch(session, 3)
    assert (first.name, first.group_no) == ("张建国", 1)
    with pytest.raises(RefusedError, match="已在党员名册中"):
        party.add_member(session, PartyMember(person_id=first.person_id, joined_date="2011-01-01"))
    with pytest.raises(ValidationError) as caught:
        party.add_member(session, PartyMember(person_id="nobody", joined_date="2011-01-01"))
    assert caught.value.for_field("person_id") == ["所选的村民不存在或已删除"]


def test_the_count_follows_transfers_and_the_roster(session: Session) -> None:
    members = branch(session, 6)
    assert party.member_count_on(session, "2026-11-20") == 6
    assert party.member_count_on(session, "2026-02-28") == 5  # the 预备 joined on 1 March
    party.transfer_out(session, members[1].id, out_date="2026-06-01", to="镇机关支部")
    assert party.member_count_on(session, "2026-05-31") == 6
    assert party.member_count_on(session, "2026-06-01") == 5
    roster.delete_person(session, members[2].person_id)  # died or moved: no longer counted
    assert party.member_count_on(session, "2026-11-20") == 4
    with pytest.raises(RefusedError, match="已经转出"):
        party.transfer_out(session, members[1].id, out_date="2026-07-01", to="x")


def test_probation_to_do_and_full_membership(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    members = branch(session, 3)
    probation = members[-1]
    assert not [t for t in collect_todos(session) if "转正" in t.text]
    with pytest.raises(ValidationError, match="预备期到2027-03-01才满"):
        party.make_full_member(session, probation.id, full_date="2026-11-20")
    freeze_today(monkeypatch, "2027-03-02")
    [todo] = [t for t in collect_todos(session) if "转正" in t.text]
    assert todo.page == "party" and todo.record_id == probation.id and todo.due == "2027-03-01"
    full = party.make_full_member(session, probation.id, full_date="2027-03-02")
    assert full.status == "full"
    assert not [t for t in collect_todos(session) if "转正" in t.text]
    with pytest.raises(RefusedError, match="已是正式党员"):
        party.make_full_member(session, probation.id, full_date="2027-03-03")


def test_party_meeting_of_four_two_takes_the_roster_count(session: Session) -> None:
    branch(session, 6)
    d = decisions.create_decision(session, Decision(title="修路", source="群众建议"))

    def rec(step: int, **kw: object) -> DecisionStep:
        values: dict[str, object] = {
            "decision_id": d.id,
            "step": step,
            "held_on": "2026-11-20",
            "content": "议定",
            "expected": 6,
            "present": 5,
            "approve": 5,
        }
        values.update(kw)
        return decisions.record_step(session, DecisionStep(**values))  # type: ignore[arg-type]

    rec(1, merged=1)
    with pytest.raises(ValidationError) as caught:
        rec(3, expected=46)
    assert caught.value.for_field("expected") == [
        "党员大会的应到人数取自党员名册：2026-11-20本支部有党员6名，不是46名"
    ]
    assert rec(3, expected=0).expected == 6


def test_a_village_without_members_keeps_its_typed_count(session: Session) -> None:
    d = decisions.create_decision(session, Decision(title="修路", source="群众建议"))
    base = {"decision_id": d.id, "held_on": "2026-11-20", "content": "议定", "present": 25}
    decisions.record_step(session, DecisionStep(step=1, merged=1, expected=30, approve=20, **base))
    assert (
        decisions.record_step(
            session, DecisionStep(step=3, expected=30, approve=20, **base)
        ).expected
        == 30
    )


def test_meeting_attendance_and_refusals(session: Session) -> None:
    members = branch(session, 6)
    held = meeting(session, "2026-05-10")
    assert (held.expected, held.present) == (6, 4)
    early = meeting(session, "2026-02-10", present=5)
    assert early.expected == 5  # the 预备 joined in March
    with pytest.raises(ValidationError) as caught:
        party_meetings.record_meeting(
            session, PartyMeeting(held_on="2026-02-10", topic="学习"), [members[-1].id]
        )
    assert "不是本支部党员" in caught.value.for_field("attendees")[0]
    with pytest.raises(ValidationError) as caught:
        party_meetings.record_meeting(session, PartyMeeting(held_on="2026-12-01", topic=""), [])
    assert {e.field for e in caught.value.errors} == {"held_on", "topic", "attendees"}
    assert [m.held_on for m in party_meetings.list_meetings(session, year=2026)] == [
        "2026-02-10",
        "2026-05-10",
    ]


def test_missed_rhythm_makes_a_to_do_from_the_first_meeting(session: Session) -> None:
    branch(session, 6)
    for month in range(1, 11):
        if month != 6:
            meeting(session, f"2026-{month:02d}-15")
    for quarter_month in (2, 5, 8):
        meeting(session, f"2026-{quarter_month:02d}-20", kind="lecture")
    missed = party_meetings.missed_meetings(session)
    assert [(m.kind.value, m.period) for m in missed] == [("theme_day", "2026-06")]
    texts = [t.text for t in collect_todos(session) if t.page == "party"]
    assert "主题党日未按时召开：2026年6月" in texts
    assert party_meetings.expected_meetings(session, 2026) == 10 + 3


def test_the_town_can_replace_the_rhythm(session: Session) -> None:
    branch(session, 6)
    meeting(session, "2026-01-15")
    town = "610722100"
    session.db["party_settings"].insert(  # type: ignore[union-attr]
        {
            "id": "s1",
            "owner": town,
            "rev": 1,
            "rev_site": "t",
            "updated_at": "",
            "deleted": 0,
            "addressee": "*",
            "name": "rhythm",
            "value": json.dumps({"theme_day": "quarter"}),
        }
    )
    rules = party_catalogue.settings(session)
    assert rules.rhythm == {"theme_day": "quarter"} and rules.source == "town"
    assert rules.targets.training_days == 4  # the rest stays default
    assert [m.period for m in party_meetings.missed_meetings(session)] == ["2026Q2", "2026Q3"]
    with pytest.raises(RefusedError, match="只有乡镇"):
        party_catalogue.set_town_settings(session, {"training_days": 6})


def test_pledges_points_and_review(session: Session) -> None:
    members = branch(session, 6)
    first = members[0]
    party_points.make_pledge(session, first.id, 2026, "带头搞好卫生", made_date="2026-01-10")
    again = party_points.make_pledge(
        session, first.id, 2026, "帮扶一户困难群众", made_date="2026-01-12"
    )
    assert [p.content for p in party_points.list_pledges(session, 2026)] == [again.content]
    party_points.record_fulfilment(session, first.id, done_on="2026-04-02", content="帮助抢收")
    entry = party_points.add_points(
        session, first.id, "P03", approved_by="书记", entry_date="2026-04-02"
    )
    party_points.add_points(session, first.id, "N01", approved_by="书记", entry_date="2026-05-10")
    party_points.add_points(session, first.id, "P02", approved_by="书记", entry_date="2026-08-10")
    with pytest.raises(RefusedError, match="不是本支部党员"):
        party_points.add_points(
            session, members[-1].id, "P02", approved_by="书记", entry_date="2026-01-05"
        )
    with pytest.raises(ValidationError, match="积分规则X9不存在"):
        party_points.add_points(session, first.id, "X9", approved_by="书记")
    party_points.correct_points(
        session, entry.id, approved_by="书记", reason="重复登记", entry_date="2026-05-20"
    )
    with pytest.raises(RefusedError, match="已经更正过"):
        party_points.correct_points(session, entry.id, approved_by="书记", reason="再次")
    [q2] = [x for x in party_points.quarter_points(session, 2026, 2) if x.member_id == first.id]
    assert (q2.earned, q2.deducted, q2.year_total) == (3, -6, -3)
    [q3] = [x for x in party_points.quarter_points(session, 2026, 3) if x.member_id == first.id]
    assert (q3.earned, q3.deducted, q3.year_total) == (2, 0, -1)
    review = party_points.record_review(
        session,
        ReviewResult(
            member_id=first.id,
            year=2026,
            reviewed_on="2026-11-10",
            votes_excellent=4,
            votes_qualified=2,
        ),
    )
    assert review.grade == "excellent"
    with pytest.raises(ValidationError, match="总票数7超过了当天的党员人数6"):
        party_points.record_review(
            session, replace(review, votes_excellent=5, votes_qualified=2, grade="")
        )
    changed = party_points.record_review(
        session, replace(review, votes_excellent=2, votes_qualified=4, grade="")
    )
    assert changed.id == review.id and changed.grade == "qualified"
    progress = party_points.review_progress(session, 2026)
    assert (progress.reviewed, progress.members, progress.done) == (1, 6, False)


def test_targets_read_posts_training_cadres_and_the_finance_lines(session: Session) -> None:
    members = branch(session, 6)
    persons = [p for p in roster.list_persons(session)]
    for index, post in enumerate(("卫生岗", "调解岗", "宣传岗")):
        party_targets.add_post(
            session,
            ModelPost(post=post, member_id=members[index].id, duties="督促", set_date="2026-03-01"),
        )
    ended = party_targets.list_posts(session)[0]
    party_targets.end_post(session, ended.id, ended_date="2026-10-01")
    party_targets.add_training(
        session, Training(trainee="张建国", start_date="2026-04-10", days=3, topic="示范培训")
    )
    for index, kind in enumerate(("reserve", "reserve", "wealth", "wealth", "wealth")):
        party_targets.add_cadre(
            session,
            Cadre(
                kind=kind, person_id=str(persons[index]["id"]), year=2026, chosen_date="2026-05-01"
            ),
        )
    with pytest.raises(ValidationError, match="已是2026年的"):
        party_targets.add_cadre(
            session,
            Cadre(
                kind="reserve", person_id=str(persons[0]["id"]), year=2026, chosen_date="2026-05-02"
            ),
        )
    disclosure = FinanceDisclosure(year=2026, quarter=1, opening_fen=0).with_lines(
        [
            FinanceLine("income", "经营收入", 2_000_000),
            FinanceLine("income", "补助收入", 9_000_000),
            FinanceLine("income", "发包及上交收入", 1_000_000),
        ]
    )
    finance.save_finance(
        session, replace(disclosure, closing_fen=disclosure.expected_closing_fen())
    )
    check = party_targets.year_status(session, 2026)
    assert (check.figures.posts, check.figures.training_days) == (2, 3)
    assert (check.figures.reserve_cadres, check.figures.wealth_leaders) == (2, 3)
    assert check.figures.income_fen == 3_000_000 and check.status is CollectiveStatus.WEAK
    assert [s.key for s in check.shortfalls] == ["posts", "training", "collective"]
    todos = [t.text for t in collect_todos(session) if t.page == "party"]
    assert "书记培训累计3天，全年应不少于4天" in todos
    assert not any("集体经营收入" in t for t in todos)


def test_branch_facts_one_row_per_village(session: Session) -> None:
    assert party.get_branch(session) is None
    saved = party.save_branch(
        session, Branch(branch_name="中共小营村支部委员会", secretary="张建国", dual_post=1)
    )
    again = party.save_branch(session, replace(saved, note="2024年换届"))
    assert again.id == saved.id and again.chair == "张建国"
    with pytest.raises(ValidationError) as caught:
        party.save_branch(session, Branch(branch_name="", secretary=""))
    assert {e.field for e in caught.value.errors} == {"branch_name", "secretary"}


def test_search_finds_meetings_members_and_pledges(session: Session) -> None:
    members = branch(session, 6)
    meeting(session, "2026-05-10")
    party_points.make_pledge(session, members[0].id, 2026, "带头移风易俗", made_date="2026-01-10")
    tables = {h.table for h in party_search.search_party(session, "党章")}  # two characters: LIKE
    assert tables == {"party_meetings"}
    assert {h.kind for h in party_search.search_party(session, "学习党章")} == {"三会一课"}
    [hit] = party_search.search_party(session, "移风易俗")
    assert hit.kind == "党员承诺" and hit.highlighted().count("【移风易俗】") == 1
    assert {h.table for h in party_search.search_party(session, "张建国")} >= {"party_members"}
    assert party_search.search_party(session, "  ") == []


def test_export_lists_have_chinese_headers_and_no_phone(session: Session, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    branch(session, 6)
    meeting(session, "2026-05-10")
    out = tmp_path / "members.xlsx"
    assert party_export.export_party_xlsx(session, out, "members", 2026) == 6
    sheet = load_workbook(out).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0][0] == "党员名册"  # the title row (issue 22), then the header
    assert values[1][:3] == ["姓名", "村民小组", "类别"]
    assert "13987654321" not in str(values) and "probation" not in str(values)
    # dates are real dates now (issue 22), shown the Chinese way by the cell format
    assert "预备党员" in str(values) and datetime(2010, 7, 1) in [v for row in values for v in row]
    meetings = party_export.party_table(session, "meetings", 2026)
    assert meetings.rows[0][:2] == ["2026年5月10日", "主题党日"]
    with pytest.raises(ValidationError):
        party_export.party_table(session, "secrets", 2026)


def test_find_person_and_member_refuse_ambiguity(session: Session) -> None:
    people(session, ("王芳", "王芳"))
    with pytest.raises(NotFoundError, match="有2人叫"):
        party.find_person(session, "王芳")
    with pytest.raises(NotFoundError, match="找不到党员“李四”"):
        party.find_member(session, "李四")


def test_a_village_without_party_records_gets_no_party_to_do(session: Session) -> None:
    # November: the targets are due, but nothing is kept here yet
    assert [t for t in collect_todos(session) if t.page == "party"] == []
    branch(session, 2)
    assert [t for t in collect_todos(session) if t.page == "party"]
