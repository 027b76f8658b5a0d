"""The demo village carries two years of 平安 and 信用 records that show every to-do."""

from __future__ import annotations

from pathlib import Path

from sanzhi_desktop.services import credit, mediation, patrols, petitions, safe_village, screening
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.services.todo import collect_todos
from sanzhi_desktop.storage import clock
from tests.safety_factories import TODAY


def test_demo_has_sweeps_cases_petitions_patrols_checks_and_credit(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    create_demo_village(path, seed=3, years=2, today=TODAY)
    with open_session(path) as session, clock.as_of(TODAY):
        sweeps = screening.list_sweeps(session)
        assert len(sweeps) > 40 and any(s.nil_return for s in sweeps)
        assert len(screening.missed_sweeps(session)) == 1
        findings = screening.list_findings(session)
        linked = [f for f in findings if f.case_id]
        assert linked and all(mediation.get_case(session, f.case_id).id for f in linked)
        assert {"mediation", "escalated", "resolved", ""} <= {f.handling for f in findings}
        assert any(p.finding_id for p in patrols.list_patrols(session))
        assert any(not p.is_open for p in petitions.list_petitions(session))
        [this_year, last_year] = safe_village.list_checks(session)
        assert last_year.conferred and not this_year.conferred
        cover = credit.coverage(session, 2026)
        assert cover.filed_pct == 100 and cover.rated_pct >= 70
        texts = " ".join(t.text for t in collect_todos(session))
        for expected in ("没有排查记录", "高风险矛盾纠纷", "信访事项已超期", "已建档未评级"):
            assert expected in texts
