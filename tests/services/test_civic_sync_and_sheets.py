"""The registers travel to the town under the owner rules, and print without private data."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.services import civic_figures, civic_sheets, councils, sync
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.services.sync import ImportStatus
from tests.pdf_tools import pdf_fonts, pdf_text
from tests.sync.helpers import (
    OTHER_VILLAGE,
    VILLAGE_CODE,
    crafted_file,
    db_fingerprint,
    pair,
    rows_of,
)

TODAY = date(2026, 11, 28)


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("civic") / "demo.db"
    create_demo_village(path, seed=5, years=2, today=TODAY)
    return path


def test_demo_shows_every_register_and_a_to_do(demo: Path) -> None:
    with open_session(demo) as session:
        figures = civic_figures.civic_figures(session, 2026)
        assert figures.councils_set_up == 5 and figures.councils_met == 5
        assert figures.worthies == 12 and figures.worthy_money_fen > 0
        assert figures.family_rules >= 10 and figures.family_rules_excellent == 3
        assert figures.lectures >= 1
        assert figures.events_over_limit == 2 and figures.findings_open == 1


def _no_private_data(session: Session, text: str) -> None:
    persons = session.db.execute("SELECT id_number, phone FROM persons").fetchall()
    for id_number, phone in persons:
        assert not id_number or id_number not in text
        assert not phone or phone not in text


def test_sheets_print_names_and_groups_only(demo: Path) -> None:
    with open_session(demo) as session:
        for sheet in (
            civic_sheets.print_councils(session, 2026),
            civic_sheets.print_worthies(session),
            civic_sheets.print_family_rules(session, 2026),
        ):
            text = pdf_text(sheet.pdf)
            assert sheet.title.replace("（", "(")[:4] in text.replace("（", "(")
            assert all(font["emb"] == "yes" for font in pdf_fonts(sheet.pdf))
            _no_private_data(session, text)
        councils_text = pdf_text(civic_sheets.print_councils(session, 2026).pdf)
        for name in ("道德评议会", "村民理事会", "红白理事会", "禁毒禁赌会", "乡贤文化促进会"):
            assert name in councils_text
        assert "外村" in councils_text  # the outside member, without where they live
        roll = pdf_text(civic_sheets.print_worthies(session).pdf)
        assert "在外乡贤" in roll
        for (place,) in session.db.execute("SELECT DISTINCT lives_at FROM worthies"):
            assert not place or place not in roll
        assert "元" not in roll  # gifts print as projects, never sums


def test_empty_registers_say_there_is_nothing_to_print(session: Session) -> None:
    printers: list[Callable[[], object]] = [
        lambda: civic_sheets.print_councils(session, 2026),
        lambda: civic_sheets.print_worthies(session),
        lambda: civic_sheets.print_family_rules(session, 2026),
    ]
    for make in printers:
        with pytest.raises(RefusedError) as err:
            make()
        assert "没有可打印" in str(err.value)


def test_town_sees_the_same_figures_and_refuses_rows_of_another_village(tmp_path: Path) -> None:
    from sanzhi_desktop.domain.councils import Council, CouncilMeeting

    with pair(tmp_path) as p:
        council = councils.set_up_council(
            p.village, Council(kind="moral_review", set_up_date="2025-03-10")
        )
        councils.record_meeting(p.village, CouncilMeeting(council.id, "", "2026-11-02", "评议"))
        [report] = sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        assert report.status is ImportStatus.IMPORTED, report.message
        assert civic_figures.civic_figures(
            p.town, 2026, owner=VILLAGE_CODE
        ) == civic_figures.civic_figures(p.village, 2026)
        [row] = rows_of(p.village, "council_meetings")
        row = {**row, "owner": OTHER_VILLAGE, "id": row["id"][:-1] + "0"}
        before = db_fingerprint(p.town)
        path = crafted_file(p.village, p.town, p.stick, {"council_meetings": [row]}, seq=7)
        [refused] = sync.import_sync_files(p.town, [path])
        assert refused.status is ImportStatus.REFUSED
        assert db_fingerprint(p.town) == before
