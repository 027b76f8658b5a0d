"""Town mode figures: each village's last file, gaps, stale flag, revoked keys, counts."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sanzhi_desktop.services import keys, sync, sync_status, town
from sanzhi_desktop.storage import clock
from tests.sync.helpers import VILLAGE_CODE, add_household, pair


def test_village_status_last_file_gap_and_stale(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        [fresh] = town.village_statuses(p.town)
        assert fresh.stale and fresh.last_seq == 0  # nothing received yet
        add_household(p.village, "0101")
        first = sync.export_sync_file(p.village, p.stick).path
        sync.import_sync_files(p.town, [first])
        sync.export_all(p.town, p.stick)
        [town_file] = sync.export_all(p.town, p.stick)
        sync.import_sync_files(p.village, [town_file.path])  # village learns the ack
        add_household(p.village, "0102")
        sync.export_sync_file(p.village, p.stick).path.unlink()  # seq 2 lost, never resent
        add_household(p.village, "0103")
        third = sync.export_sync_file(p.village, p.stick)
        assert third.since_rev > 0  # starts after the ack: covers 2 as well
        sync.import_sync_files(p.town, [third.path])
        [status] = town.village_statuses(p.town)
        assert status.last_seq == 3 and status.last_file == third.path.name
        assert status.missing_seqs == []  # seq 2 was covered by seq 3
        assert not status.stale
        later = clock.now() + timedelta(days=town.stale_days(p.town) + 1)
        assert town.village_statuses(p.town, now=later)[0].stale
        keys.revoke(p.town, VILLAGE_CODE)
        assert town.village_statuses(p.town)[0].revoked
        board = town.dashboard(p.town)
        assert board.counts[VILLAGE_CODE]["households"] == 3
        assert board.total("persons") == 3
        assert "已登记1个村" in sync_status.summary(p.town)


def test_uncovered_gap_is_shown(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        from tests.sync.helpers import crafted_file, rows_of

        add_household(p.village, "0101")
        rows = {"households": rows_of(p.village, "households")}
        rev = rows["households"][0]["rev"]
        sync.import_sync_files(p.town, [crafted_file(p.village, p.town, p.stick, rows, seq=1)])
        late = crafted_file(
            p.village, p.town, p.stick, rows, seq=3, since_rev=rev + 5, max_rev=rev + 9
        )
        sync.import_sync_files(p.town, [late])
        assert town.village_statuses(p.town)[0].missing_seqs == [2]


def test_village_status_line(tmp_path: Path) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101")
        assert sync_status.summary(p.village).startswith("同步：2条变更未确认")
        assert sync_status.village_state(p.village).last_export == ""


def test_drill_down_hides_bookkeeping_and_masks_personal_fields(tmp_path: Path) -> None:
    from sanzhi_desktop.domain.roster import Person
    from sanzhi_desktop.services import roster
    from tests.factories import valid_id_number

    with pair(tmp_path) as p:
        household = add_household(p.village, "0101")
        number = valid_id_number(seq="015")
        roster.add_person(
            p.village, Person("李四", "", household, "子", id_number=number, phone="13812345678")
        )
        sync.import_sync_files(p.town, [sync.export_sync_file(p.village, p.stick).path])
        rows = town.village_records(p.town, VILLAGE_CODE, "persons")
        [li] = [r for r in rows if r["name"] == "李四"]
        assert not {"id", "owner", "rev", "rev_site", "deleted"} & set(li)
        assert li["id_number"] == number[:4] + "*" * 10 + number[-4:]
        assert "13812345678" not in str(rows)
