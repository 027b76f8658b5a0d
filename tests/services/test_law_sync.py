"""The 法治 records travel like every record: up to the town, the duty list down, owners kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sanzhi_desktop.domain.law import Attendee, Learner, StudySession
from sanzhi_desktop.domain.law_duties import Duty
from sanzhi_desktop.domain.law_registers import ConstitutionVisit
from sanzhi_desktop.services import law, law_figures, law_publicity, law_registers, sync
from sanzhi_desktop.services.sync import ImportStatus
from tests.law_factory import freeze
from tests.sync.helpers import (
    OTHER_VILLAGE,
    TOWN_CODE,
    VILLAGE_CODE,
    Pair,
    add_household,
    crafted_file,
    db_fingerprint,
    pair,
    rows_of,
)


@pytest.fixture
def p(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Pair]:
    freeze(monkeypatch)
    with pair(tmp_path) as offices:
        yield offices


def _village_records(p: Pair) -> None:
    household = add_household(p.village, "0101", "王建国")
    [person] = rows_of(p.village, "persons")
    wang = law.add_learner(
        p.village, Learner(name="", person_id=person["id"], category="cadre", post="主任")
    )
    for day in ("2026-03-01", "2026-05-01", "2026-07-01", "2026-09-01"):
        law.record_session(
            p.village,
            StudySession(held_on=day, form="集中学法", topic="宪法", hours=2),
            attendees=[Attendee("", learner_id=wang.id)],
        )
    law_registers.record_visit(
        p.village,
        ConstitutionVisit(
            household_id=household, year=2026, reached_on="2026-04-01", reached_by="网格员"
        ),
    )


def test_the_town_sees_the_same_figures_as_the_village(p: Pair) -> None:
    _village_records(p)
    [report] = sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
    assert report.status is ImportStatus.IMPORTED
    own = law_figures.village_law_figures(p.village, VILLAGE_CODE, 2026)
    [seen] = law_figures.town_law_figures(p.town, 2026)
    assert (seen.sessions, seen.learners_met, seen.coverage_percent) == (4, 1, 100.0)
    assert (seen.code, seen.sessions, seen.learners_met, seen.reached) == (
        own.code,
        own.sessions,
        own.learners_met,
        own.reached,
    )


def test_a_village_file_with_another_villages_law_row_is_refused_whole(p: Pair) -> None:
    _village_records(p)
    rows = rows_of(p.village, "law_sessions")
    rows[0]["owner"] = OTHER_VILLAGE
    path = crafted_file(p.village, p.town, p.stick, {"law_sessions": rows})
    before = db_fingerprint(p.town)
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.REFUSED and "不属于发件单位" in report.message
    assert db_fingerprint(p.town) == before


def test_a_village_cannot_send_a_duty_list_in_the_towns_name(p: Pair) -> None:
    row = {
        "id": "0193a1b2-0000-7000-8000-000000000001",
        "owner": TOWN_CODE,
        "rev": 1,
        "rev_site": "x",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": 0,
        "addressee": "*",
        "code": "PF-99",
        "duty": "假清单",
        "audience": "乡村",
        "frequency": "yearly",
        "basis": "",
        "sort_order": 0,
    }
    path = crafted_file(p.village, p.town, p.stick, {"law_duties": [row]})
    [report] = sync.import_sync_files(p.town, [path])
    assert report.status is ImportStatus.REFUSED
    assert rows_of(p.town, "law_duties") == []


def test_the_towns_duty_list_flows_down_and_replaces_the_default(p: Pair) -> None:
    assert next(d.code for d in law_publicity.duty_list(p.village)) == "PF-01"
    law_publicity.replace_town_duties(
        p.town,
        [
            Duty(code="LL-01", duty="每月法治夜校", audience="乡村", frequency="monthly"),
            Duty(code="LL-02", duty="每年宪法宣传", audience="乡村", frequency="yearly"),
        ],
    )
    [town_file] = sync.export_all(p.town, p.stick)
    assert town_file.counts == {"law_duties": 2}
    sync.import_sync_files(p.village, [town_file.path])
    assert [d.code for d in law_publicity.duty_list(p.village)] == ["LL-01", "LL-02"]
    # and the village's own export never sends the town's rows back up
    back = sync.export_sync_file(p.village, p.stick)
    assert "law_duties" not in back.counts
