"""平安 and 信用 across the USB stick: what the town sees, what a village may write,
and the town's catalogue and settings flowing down."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.petitions import Petition
from sanzhi_desktop.domain.screening import Sweep
from sanzhi_desktop.services import (
    credit,
    petitions,
    safety_catalogues,
    safety_figures,
    screening,
    sync,
)
from sanzhi_desktop.services.sync import ImportStatus
from sanzhi_desktop.storage import clock
from tests.safety_factories import TODAY, finding, make_village
from tests.sync.helpers import (
    OTHER_VILLAGE,
    VILLAGE_CODE,
    crafted_file,
    db_fingerprint,
    pair,
    rows_of,
)


@pytest.fixture(autouse=True)
def fixed_today():  # type: ignore[no-untyped-def]
    with clock.as_of(TODAY):
        yield


def test_town_sees_counts_per_village_and_the_months_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pair(tmp_path) as p:
        village = make_village(p.village)
        screening.record_sweep(p.village, Sweep(sweep_date="2026-11-02", swept_by="治保主任"))
        screening.record_sweep(
            p.village,
            Sweep(sweep_date="2026-11-20", swept_by="网格员"),
            [finding(village, risk="高"), finding(village, risk="低")],
        )
        petitions.register_petition(
            p.village, Petition("王某", "反映排水", "2026-09-01", "来访", "村支书")
        )
        credit.file_all_households(p.village)
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])

        [figures] = safety_figures.village_figures(p.town, on=TODAY)
        assert figures.code == VILLAGE_CODE
        assert (figures.sweeps, figures.nil_returns, figures.nil_return_pct) == (2, 1, 50)
        assert figures.findings_by_risk == {"高": 1, "低": 1} and figures.findings_open == 2
        assert (figures.petitions_open, figures.petitions_overdue) == (1, 1)
        assert figures.credit is not None and figures.credit.filed_pct == 100
        [row] = safety_figures.town_screening_summary(p.town, "2026-11")
        assert (row.sweeps, row.nil_returns, row.findings) == (2, 1, 2)
        table = safety_figures.summary_table([row])
        assert table[-1][0] == "合计" and table[-1][1] == 2
        with pytest.raises(RefusedError):
            safety_figures.village_figures(p.village)
        # the same figures on the town's command line
        p.town.close()
        assert main(["--db", str(p.town.path), "safety", "town"]) == 0
        line = capsys.readouterr().out
        assert "小营村：" in line and "零报告50%" in line and "超期1件" in line


def test_a_village_file_with_another_villages_petition_is_refused(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        petitions.register_petition(
            p.village, Petition("王某", "反映排水", "2026-11-01", "来访", "村支书")
        )
        rows = rows_of(p.village, "petitions")
        rows[0]["owner"] = OTHER_VILLAGE
        path = crafted_file(p.village, p.town, p.stick, {"petitions": rows})
        before = db_fingerprint(p.town)
        [report] = sync.import_sync_files(p.town, [path])
        assert report.status is ImportStatus.REFUSED and "不属于发件单位" in report.message
        assert db_fingerprint(p.town) == before


def test_the_towns_items_and_rhythm_reach_its_village(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        with pytest.raises(RefusedError):
            safety_catalogues.set_town_safe_items(p.village, ["一"])
        safety_catalogues.set_town_safe_items(p.town, [f"本镇第{n}项" for n in range(1, 11)])
        safety_catalogues.set_town_setting(p.town, safety_catalogues.RHYTHM_KEY, "month")
        [town_file] = sync.export_all(p.town, p.stick)
        sync.import_sync_files(p.village, [town_file.path])
        items = safety_catalogues.safe_village_items(p.village)
        assert not items.is_default and items.items[0].title == "本镇第1项"
        assert safety_catalogues.screening_rhythm(p.village) == "month"
        sweep = screening.record_sweep(
            p.village, Sweep(sweep_date="2026-11-20", swept_by="治保主任")
        )
        assert sweep.period == "2026-11"
