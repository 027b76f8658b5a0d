"""The demo village carries a party branch that obeys the rules and shows every to-do."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from sanzhi_desktop.services import party, party_meetings, party_points, party_targets
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.services.todo import collect_todos
from sanzhi_desktop.storage import clock

TODAY = date(2026, 11, 28)


def test_demo_branch_meetings_cycle_and_targets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "demo.db"
    create_demo_village(path, seed=5, years=2, today=TODAY)
    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 11, 28, 10).astimezone())
    with open_session(path) as session:
        members = party.list_members(session)
        assert 30 <= len(members) <= 40
        assert sum(1 for m in members if m.status == "probation") == 2
        assert sum(1 for m in members if m.flowing) == 1
        assert len(party.list_members(session, on="")) == len(members) + 1  # one transferred out
        meetings = party_meetings.list_meetings(session)
        assert {m.held_on[:4] for m in meetings} == {"2025", "2026"}
        missed = party_meetings.missed_meetings(session)
        assert [(m.kind.value, m.period) for m in missed] == [("theme_day", "2026-06")]
        assert all(m.present <= m.expected for m in meetings)
        assert len(party_points.list_pledges(session, 2025)) >= 30
        assert party_points.quarter_points(session, 2026, 3)
        review = party_points.review_progress(session, 2025)
        assert review.reviewed == review.members - 1  # the member working away
        check = party_targets.year_status(session, 2026)
        assert check.figures.posts == 4 and check.figures.training_days == 3
        assert party.get_branch(session) is not None
        texts = [t.text for t in collect_todos(session) if t.page == "party"]
        assert any("转正" in t for t in texts)
        assert "主题党日未按时召开：2026年6月" in texts
        assert any("未作承诺" in t for t in texts)
        assert any("书记培训" in t for t in texts)
