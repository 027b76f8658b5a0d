"""The demo's mediation log: two years, plausible proportions, open and late cases, replies."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from sanzhi_desktop.domain.mediation import Case, EventKind
from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.services.todo import Urgency
from sanzhi_desktop.storage import clock

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo_village(path, seed=3, years=3, today=TODAY)
    return path


def test_two_years_of_cases_in_plausible_proportions(demo: Path) -> None:
    with open_session(demo) as session:
        rows = session.db.execute("SELECT * FROM mediation_cases").fetchall()
        cases = [Case.from_record(dict(r)) for r in mediation.list_cases(session)]
        assert 40 <= len(rows) <= 70
        years = {c.dossier_year for c in cases}
        assert years <= {2024, 2025, 2026} and len(years) >= 2
        assert min(c.registered_on for c in cases) >= "2024-11-28"
        types = Counter(c.dispute_type for c in cases)
        assert types.most_common(1)[0][0] in ("邻里", "婚姻家庭（含继承）", "房屋宅基地")
        forms = Counter(c.agreement_form for c in cases)
        assert forms["written"] > 0 and forms["oral"] > 0
        assert (forms["written"] + forms["oral"]) / len(cases) > 0.7
        states = Counter(c.state for c in cases)
        assert states["archived"] > len(cases) / 2 and states["mediating"] >= 3
        # numbering per year has no gaps
        for year in years:
            seqs = sorted(c.dossier_seq for c in cases if c.dossier_year == year)
            assert seqs == list(range(1, len(seqs) + 1))


def test_escalations_replies_follow_ups_and_late_cases(demo: Path) -> None:
    with open_session(demo) as session, clock.as_of(TODAY):
        kinds = Counter(
            r[0] for r in session.db.execute("SELECT kind FROM mediation_events").fetchall()
        )
        assert kinds[EventKind.ESCALATED] >= 2 and kinds[EventKind.TOWN_REPLY] >= 1
        assert kinds[EventKind.FOLLOW_UP] > 10
        replies = session.db.execute(
            "SELECT owner, addressee FROM mediation_events WHERE kind = 'town_reply'"
        ).fetchall()
        assert all(tuple(r) == ("610722100", "610722100201") for r in replies)
        urgencies = Counter(t.urgency for t in mediation.mediation_todos(session))
        assert urgencies[Urgency.OVERDUE] >= 1 and urgencies[Urgency.DUE_SOON] >= 1
