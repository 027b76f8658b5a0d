"""The town's monthly mediation report sums its villages' own reports, row by row."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.mediation_papers import OralAgreement
from sanzhi_desktop.services import mediation, mediation_report, sync
from sanzhi_desktop.services import town_mediation_report as town_report
from sanzhi_desktop.services.session import Session
from tests.mediation_factory import agreement, mediator, new_case, session_paper, villagers
from tests.pdf_tools import pdf_text
from tests.sync.helpers import OTHER_VILLAGE, enrol_both, make_village, pair

MONTH = "2026-11"


def _people(session: Session) -> dict[str, object]:
    """Parties and a mediator made once per village (户号 are unique in a village)."""
    if session.path not in _MADE:
        _MADE[session.path] = {"people": villagers(session), "mediator_id": mediator(session).id}
    return _MADE[session.path]


_MADE: dict[Path, dict[str, object]] = {}


def _agreed(session: Session, *, oral: bool = False) -> None:
    case = new_case(session, **_people(session))  # type: ignore[arg-type]
    mediation.accept_case(session, case.id, on="2026-11-03")
    if oral:
        mediation.start_mediation(session, case.id, on="2026-11-04")
        mediation.record_agreement(session, case.id, OralAgreement(on="2026-11-04", content="道歉"))
    else:
        mediation.record_session(session, case.id, session_paper("2026-11-05"))
        mediation.record_agreement(session, case.id, agreement("2026-11-06"))


def _terminated(session: Session) -> None:
    case = new_case(session, amount_fen=90_000, **_people(session))  # type: ignore[arg-type]
    mediation.accept_case(session, case.id, on="2026-11-03")
    mediation.start_mediation(session, case.id, on="2026-11-04")
    mediation.terminate_case(
        session, case.id, on="2026-11-05", reason="分歧大", routes=["向人民法院起诉"]
    )


def test_town_total_equals_the_sum_of_the_villages(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        other = make_village(tmp_path, OTHER_VILLAGE, "大营村")
        try:
            enrol_both(p.town, other)
            _agreed(p.village)
            _terminated(p.village)
            _agreed(other, oral=True)
            for village in (p.village, other):
                sync.import_sync_files(p.town, [sync.export_sync_file(village, p.stick).path])
            own = {
                v.require_profile().code: mediation_report.month_report(v, MONTH)
                for v in (p.village, other)
            }
            report = town_report.town_month_report(p.town, MONTH)
            rows = {row.code: row.report for row in report.rows}
            for code, village_report in own.items():
                assert asdict(rows[code]) == asdict(village_report)
            assert report.total.received == 3 and report.total.settled == 2
            assert report.total.terminated == 1 and report.total.oral == 1
            assert report.total.success_rate_text == "66.7%"  # from the sums, not an average
            assert report.total.amount_fen == sum(r.amount_fen for r in own.values())
            text = pdf_text(town_report.town_report_pdf(p.town, MONTH))
            assert "小营村" in text and "大营村" in text and "镇本级" in text and "合计" in text
            path = tmp_path / "town.xlsx"
            town_report.write_town_report_xlsx(p.town, MONTH, path)
            sheet = load_workbook(path).active
            last = [c.value for c in sheet[sheet.max_row]]
            assert last[:4] == ["合计", 3, 2, 1]
            assert (
                last[4] == pytest.approx(2 / 3)
                and sheet.cell(sheet.max_row, 5).number_format == "0.0%"
            )
            assert sheet.print_title_rows == "$2:$2"
        finally:
            other.close()


def test_a_village_has_no_town_report(session: Session) -> None:
    with pytest.raises(RefusedError):
        town_report.town_month_report(session, MONTH)
