"""The demo town agrees with its villages about what awaits the town's reply."""

from pathlib import Path

import pytest

from sanzhi_desktop.services import mediation, town_figures
from sanzhi_desktop.services.demo.town import create_demo_town
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import clock


def test_town_and_village_agree_on_escalations_awaiting_a_reply(tmp_path: Path) -> None:
    summary = create_demo_town(tmp_path, villages=1)
    [village_path] = summary.village_paths
    with open_session(village_path) as village:
        awaiting_at_village = sum(
            mediation.case_view(village, row["id"]).awaiting_reply
            for row in mediation.list_cases(village)
        )
    with open_session(summary.town_path) as town:
        [figures] = town_figures.town_figures(town).villages
        # the town, like its villages, keeps the day the demo was made as "today"
        assert clock.reference_day() == clock.now().date()
    assert figures.awaiting_reply == awaiting_at_village


def test_a_town_may_have_forty_villages_with_names_of_their_own(tmp_path: Path) -> None:
    from sanzhi_desktop.domain.errors import RefusedError
    from sanzhi_desktop.services.demo.town import MAX_VILLAGES, VILLAGE_NAMES

    assert MAX_VILLAGES == 40 and len(set(VILLAGE_NAMES)) == 40
    assert all(name.endswith("村") for name in VILLAGE_NAMES)
    with pytest.raises(RefusedError, match="1到40"):
        create_demo_town(tmp_path, villages=41)
    assert not (tmp_path / "town.db").exists()
