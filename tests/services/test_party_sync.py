"""党建 records travel like every part: a village sends only its own, the town its catalogues."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanzhi_desktop.domain.party_meetings import PartyMeeting
from sanzhi_desktop.domain.party_points import PartyPointsRule
from sanzhi_desktop.services import keys, party, party_catalogue, party_meetings, party_points, sync
from sanzhi_desktop.services.party_town import party_town_figures
from sanzhi_desktop.services.sync import ImportStatus
from tests.party_factory import branch, freeze_today
from tests.sync.helpers import (
    OTHER_VILLAGE,
    VILLAGE_CODE,
    crafted_file,
    db_fingerprint,
    make_village,
    pair,
    rows_of,
)


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_today(monkeypatch, "2026-11-20")


def test_the_town_sees_the_villages_party_figures(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        members = branch(p.village, 6)
        party_meetings.record_meeting(
            p.village,
            PartyMeeting(kind="theme_day", held_on="2026-09-15", topic="学习"),
            [m.id for m in members],
        )
        party.save_branch(
            p.village,
            party.Branch(branch_name="中共小营村支部委员会", secretary="张建国", dual_post=1),
        )
        party_points.add_points(
            p.village, members[0].id, "P03", approved_by="书记", entry_date="2026-09-20"
        )
        [report] = sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        assert report.status is ImportStatus.IMPORTED, report.message
        [figures] = party_town_figures(p.town, year=2026)
        assert (figures.code, figures.members, figures.probation) == (VILLAGE_CODE, 6, 1)
        assert (figures.meetings_held, figures.meetings_missed) == (1, 2)  # Q3 lecture, October
        assert figures.points_total == 3 and figures.cell("dual_post") == "是"
        assert figures.cell("status") == "空壳" and figures.cell("review") == "0/6"
        assert figures.cell("income") == "¥0.00"


def test_a_village_cannot_send_another_villages_party_rows(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        branch(p.village, 2)
        [row, *_] = rows_of(p.village, "party_members")
        row["owner"] = OTHER_VILLAGE
        path = crafted_file(p.village, p.town, p.stick, {"party_members": [row]})
        before = db_fingerprint(p.town)
        [report] = sync.import_sync_files(p.town, [path])
        assert report.status is ImportStatus.REFUSED and "不属于发件单位" in report.message
        assert db_fingerprint(p.town) == before


def test_town_catalogues_reach_only_their_addressee(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        other = make_village(tmp_path, OTHER_VILLAGE, "大营村")
        keys.enroll(other, keys.own_card(p.town))
        keys.enroll(p.town, keys.own_card(other))
        with pytest.raises(Exception, match="只有乡镇"):
            party_catalogue.set_town_points_rules(p.village, [PartyPointsRule("Z1", "x", 1, "y")])
        party_catalogue.set_town_points_rules(
            p.town, [PartyPointsRule("T01", "三会一课", 3, "参加主题党日")], addressee=VILLAGE_CODE
        )
        party_catalogue.set_town_settings(p.town, {"collective_threshold_fen": 10_000_000})
        files = {f.receiver: f.path for f in sync.export_all(p.town, p.stick)}
        sync.import_sync_files(p.village, [files[VILLAGE_CODE]])
        sync.import_sync_files(other, [files[OTHER_VILLAGE]])
        assert [r.code for r in party_catalogue.points_rules(p.village).rules] == ["T01"]
        assert party_catalogue.points_rules(other).source == "default"
        for village in (p.village, other):
            targets = party_catalogue.settings(village).targets
            assert targets.collective_threshold_fen == 10_000_000 and targets.posts_min == 3
        assert rows_of(other, "party_points_rules") == []
        other.close()
