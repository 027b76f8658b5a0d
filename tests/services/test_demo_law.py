"""The demo village's 法治 ledger: three years of it, and every to-do of the part on show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sanzhi_desktop.services import law, law_figures, law_print, law_registers
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.services.todo import collect_todos
from tests.law_factory import freeze
from tests.pdf_tools import pdf_text

TODAY = date(2026, 11, 28)


def test_demo_shows_three_years_and_every_law_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze(monkeypatch, TODAY)
    path = tmp_path / "demo.db"
    create_demo_village(path, seed=3, years=3, today=TODAY)
    with open_session(path) as session:
        years = {s.year for s in law.list_sessions(session)}
        assert years == {2024, 2025, 2026}
        todos = [t for t in collect_todos(session) if t.page == "law"]
        tables = {t.table for t in todos}
        # below-target learners, an overdue duty, a short group, this year's 六无 check
        assert {"law_learners", "law_duties", "law_constitution", "law_six_nil"} <= tables
        groups = law_registers.coverage(session, 2026)
        short = [g for g in groups if not g.met]
        assert len(short) == 1 and 90 < short[0].percent < 100
        assert all(g.met for g in law_registers.coverage(session, 2025))
        assert law_registers.six_nil(session, 2025).checked
        figures = law_figures.village_law_figures(session, session.author.owner, 2026)
        assert figures.law_leaders and figures.law_savvy and figures.model_households
        assert 0 < figures.learners_met < figures.learners
        text = pdf_text(law_print.print_ledger(session, 2026).pdf)
        assert "学法记录" in text and "普法活动" in text
