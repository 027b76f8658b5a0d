"""The demo village carries a year of moral-governance lists that obey the rules."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sanzhi_desktop.services import awards, points, red_black, star_rating
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.session import open_session
from tests.pdf_tools import pdf_text

TODAY = date(2026, 11, 28)


def test_demo_has_boards_stars_points_and_awards(tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    create_demo_village(path, seed=5, years=2, today=TODAY)
    with open_session(path) as session:
        months = red_black.board_months(session)
        assert len(months) == 12 and months[0] == "2026-11"
        for month in ("2025-12", "2026-06", "2026-10"):
            board = red_black.compose_board(session, month)
            assert board.red and board.black
        statuses = {e.status for e in red_black.list_entries(session)}
        assert {"verified", "posted", "rectified", "removed"} <= statuses
        ratings = star_rating.list_ratings(session, cycle=2025)
        assert {"plaqued", "disqualified", "revoked"} <= {r["status"] for r in ratings}
        entries = points.list_entries(session)
        assert any(e["kind"] == "redeem" for e in entries)
        households = {e["household_id"] for e in entries}
        for household_id in households:
            history = points.history(session, household_id)
            assert points.balance(session, household_id) == sum(e.points for e in history)
        assert awards.list_awards(session, year=2026)
        # the printed board of a demo month masks every black name
        sheet = red_black.print_board(session, "2026-10")
        text = pdf_text(sheet.pdf)
        for entry in red_black.compose_board(session, "2026-10").black:
            assert entry.name not in text
