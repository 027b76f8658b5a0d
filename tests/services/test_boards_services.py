"""Services of the public boards over a real data file."""

import itertools
from datetime import date, timedelta
from pathlib import Path

import pytest

from sanzhi_desktop.domain.decisions import Decision, DecisionStep
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.domain.issue_wall import IssueItem
from sanzhi_desktop.domain.notices import Notice, NoticeStatus
from sanzhi_desktop.services import board_search, decisions, finance, issue_wall, notices
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.services.todo import Urgency, collect_todos
from sanzhi_desktop.storage import records

TODAY = date.today()


def posted(session: Session, title: str = "低保评议结果公示", body: str = "拟评定5户") -> Notice:
    notice = notices.create_notice(session, Notice(category="村务", title=title, body=body))
    notices.submit_for_review(session, notice.id)
    notices.record_review(session, notice.id, reviewer="李监委", on=TODAY - timedelta(days=1))
    return notices.post_notice(session, notice.id, on=TODAY, publicity_days=7)


def test_full_lifecycle_with_objection_and_change_log(session: Session) -> None:
    notice = posted(session)
    assert notices.get_notice(session, notice.id).status == "posted"
    with pytest.raises(RefusedError, match="不是草稿"):
        notices.update_notice(session, notice)
    objection = notices.record_objection(
        session, notice.id, raised_by="张三", content="有一户不符合"
    )
    with pytest.raises(RefusedError, match="结束后才能归档"):
        notices.archive_notice(session, notice.id)
    with pytest.raises(RefusedError, match="没有答复"):
        notices.archive_notice(session, notice.id, on=TODAY + timedelta(days=8))
    todos = [t for t in collect_todos(session) if t.record_id == notice.id]
    assert any("异议待答复" in t.text and t.urgency is Urgency.OVERDUE for t in todos)
    notices.answer_objection(session, objection.id, answer="已核实", answered_by="文书")
    archived = notices.archive_notice(session, notice.id, on=TODAY + timedelta(days=8))
    assert archived.status == "archived"
    actions = session.db.execute(
        "SELECT count(*) FROM changes WHERE table_name = 'notices' AND record_id = ?", [notice.id]
    ).fetchone()[0]
    assert actions == 5  # insert, submit, review, post, archive


def test_correction_supersedes_only_when_posted(session: Session) -> None:
    old = posted(session)
    correction = notices.correct_notice(session, old.id)
    with pytest.raises(RefusedError, match="更正草稿"):
        notices.correct_notice(session, old.id)
    assert notices.get_notice(session, old.id).superseded_by == ""
    notices.submit_for_review(session, correction.id)
    notices.record_review(session, correction.id, reviewer="李", on=TODAY)
    notices.post_notice(session, correction.id, on=TODAY)
    assert notices.get_notice(session, old.id).superseded_by == correction.id
    assert len(notices.list_notices(session)) == 2  # both stay on record


def test_bad_notice_input_is_reported_by_field(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        notices.create_notice(session, Notice(category="杂项", title="", body=""))
    assert {e.field for e in err.value.errors} == {"category", "title", "body"}


def quarter_values(year: int = 2026, quarter: int = 2, closing: int = 57_000) -> FinanceDisclosure:
    lines = [FinanceLine("income", "补助收入", 10_000), FinanceLine("expense", "管理费用", 3_000)]
    return FinanceDisclosure(
        year=year, quarter=quarter, opening_fen=50_000, closing_fen=closing
    ).with_lines(lines)


def test_finance_natural_key_balance_rule_and_notice(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        finance.save_finance(session, quarter_values(closing=1))
    assert err.value.for_field("closing_fen")
    first = finance.save_finance(session, quarter_values())
    again = finance.save_finance(session, quarter_values())
    assert (
        first.id == again.id == records.natural_id("finance_disclosures", "610722100201", 2026, 2)
    )
    notice = finance.make_finance_notice(session, 2026, 2)
    assert notice.title == "小营村2026年第2季度财务收支公开" and notice.period == "2026Q2"
    assert "100.00元" in notice.body
    notices.submit_for_review(session, notice.id)
    with pytest.raises(RefusedError, match="更正"):
        finance.save_finance(session, quarter_values())


def test_decision_steps_and_disclosure_notices(session: Session) -> None:
    d = decisions.create_decision(session, Decision(title="修路", source="群众建议"))
    day = TODAY.isoformat()

    def rec(n: int, **kw: object) -> DecisionStep:
        values: dict = {
            "decision_id": d.id,
            "step": n,
            "held_on": day,
            "content": "议定",
            "expected": 30,
            "present": 25,
            "approve": 20,
        }
        values.update(kw)
        return decisions.record_step(session, DecisionStep(**values))

    with pytest.raises(RefusedError):
        rec(3)
    rec(1, merged=1)
    with pytest.raises(RefusedError, match="三分之二"):
        rec(3, present=10, approve=10)
    rec(3)
    rec(4)
    fifth = rec(5, expected=0, present=0, approve=0)
    assert notices.get_notice(session, fifth.notice_id).title.startswith("关于“修路”的决议公开")
    assert decisions.next_step(session, d.id) == 6


def test_issue_wall_flow_and_overdue_todo(session: Session) -> None:
    item = issue_wall.raise_issue(
        session,
        IssueItem(
            category="道路交通",
            content="路灯坏了",
            raised_by="王小明",
            raised_on=(TODAY - timedelta(days=30)).isoformat(),
        ),
    )
    with pytest.raises(RefusedError):
        issue_wall.post_answer(session, item.id)
    issue_wall.assign_issue(
        session, item.id, responsible="村主任", deadline=TODAY - timedelta(days=1)
    )
    assert any(
        t.record_id == item.id and t.urgency is Urgency.OVERDUE for t in collect_todos(session)
    )
    issue_wall.answer_issue(session, item.id, feedback="已更换")
    assert issue_wall.post_answer(session, item.id).status == "posted"
    assert not any(t.record_id == item.id for t in collect_todos(session))


def test_search_one_two_and_three_characters(session: Session) -> None:
    posted(session, title="宅基地审批公示", body="同意张三户申请宅基地")
    issue_wall.raise_issue(
        session,
        IssueItem(
            category="矛盾纠纷",
            content="邻里纠纷待调解",
            raised_by="李四",
            raised_on=TODAY.isoformat(),
        ),
    )
    assert {h.table for h in board_search.search_boards(session, "宅")} == {"notices"}
    hits = board_search.search_boards(session, "纠纷")
    assert [h.table for h in hits] == ["issue_wall"]
    assert hits[0].highlighted() == "邻里【纠纷】待调解"
    three = board_search.search_boards(session, "宅基地")
    assert len(three) == 1 and ("宅基地", True) in three[0].parts
    assert board_search.search_boards(session, "不存在的词") == []


def test_town_circular_reaches_village_read_only(tmp_path: Path, session: Session) -> None:
    with pytest.raises(RefusedError, match="只有镇"):
        notices.issue_circular(session, Notice(title="通知", body="内容"))
    town = open_session(tmp_path / "town.db")
    init_office(town, kind=OfficeKind.TOWN, code="610722100", name="某镇", town_name="某镇")
    with pytest.raises(ValidationError):
        notices.issue_circular(town, Notice(title="通知", body="x"), addressee="610722200201")
    circular = notices.issue_circular(
        town, Notice(category="政务", title="防汛通知", body="做好防汛")
    )
    assert circular.addressee == "*" and circular.owner == "610722100"
    # what the sync helper does: copy the row as it is
    session.db["notices"].insert(records.get_record(town.db, "notices", circular.id))
    town.close()
    ((received, done),) = notices.list_circulars(session)
    assert received.title == "防汛通知" and not done
    assert any("镇通知待张贴" in t.text for t in collect_todos(session))
    with pytest.raises(RefusedError, match="只能查看"):
        notices.update_notice(session, received)
    own = notices.post_circular(session, circular.id)
    assert own.status == NoticeStatus.POSTED.value and own.circular_id == circular.id
    assert notices.list_circulars(session)[0][1] is True
    with pytest.raises(RefusedError, match="已经张贴"):
        notices.post_circular(session, circular.id)


def test_demo_leaves_one_finance_quarter_overdue(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    create_demo_village(path, seed=3, years=3)
    with open_session(path) as demo:
        todos = collect_todos(demo)
        finance_todos = [t for t in todos if t.table == "finance_disclosures"]
        assert len(finance_todos) == 1 and finance_todos[0].urgency is Urgency.OVERDUE
        quarters = finance.list_finance(demo)
        assert len(quarters) >= 9
        # closing of each quarter is the opening of the next
        ordered = sorted(quarters, key=lambda r: (r["year"], r["quarter"]))
        assert all(a["closing_fen"] == b["opening_fen"] for a, b in itertools.pairwise(ordered))
        assert len(decisions.list_decisions(demo)) == 3
        assert any(t.table == "issue_wall" for t in todos)


def test_notices_made_the_same_minute_are_found_by_their_short_ids(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sanzhi_desktop.domain.errors import NotFoundError
    from sanzhi_desktop.domain.record import short_id

    ticks = itertools.count(1_796_000_000_000_000_000, 1_000_000)  # a millisecond apart
    monkeypatch.setattr(records.time, "time_ns", lambda: next(ticks))
    made = [notices.create_notice(session, Notice(title=f"通知{n}", body="内容")) for n in range(3)]
    assert len({m.id[:8] for m in made}) == 1  # time-ordered ids: one minute, one start
    assert len({short_id(m.id) for m in made}) == 3
    for notice in made:
        assert notices.find_notice(session, short_id(notice.id)).id == notice.id
        assert notices.find_notice(session, notice.id).id == notice.id
    with pytest.raises(NotFoundError):
        notices.find_notice(session, made[0].id[:8])  # the shared start is ambiguous
    with pytest.raises(NotFoundError):
        notices.find_notice(session, "abc")  # too short to look up
    found = decisions.create_decision(session, Decision(title="修路"))
    assert decisions.find_decision(session, short_id(found.id)).id == found.id
