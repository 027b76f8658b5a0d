"""Any order of files, with duplicates, gives the same state (hypothesis)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanzhi_desktop.services import sync
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.services.sync import ImportStatus
from tests.sync.helpers import VILLAGE_CODE, add_household, pair, rename_head, synced_state


@pytest.fixture(scope="module")
def history() -> Iterator[tuple[Path, list[Path], dict[str, list[object]]]]:
    """A town folder (template) and four village files with edits and a delete between them."""
    root = Path(tempfile.mkdtemp(prefix="sanzhi-order-"))
    with pair(root) as p:
        files = []
        first = add_household(p.village, "0101", "张三")
        files.append(sync.export_sync_file(p.village, p.stick).path)
        second = add_household(p.village, "0102", "李四")
        rename_head(p.village, first, "张三丰")
        files.append(sync.export_sync_file(p.village, p.stick).path)
        from sanzhi_desktop.services import roster

        roster.delete_household(p.village, second)
        add_household(p.village, "0103", "王五")
        files.append(sync.export_sync_file(p.village, p.stick).path)
        rename_head(p.village, first, "张君宝")
        files.append(sync.export_sync_file(p.village, p.stick).path)
        final = synced_state(p.village, owner=VILLAGE_CODE)
        town_dir = p.town.path.parent
    yield town_dir, files, final
    shutil.rmtree(root, ignore_errors=True)


def _fresh_town(template: Path) -> tuple[Path, Session]:
    work = Path(tempfile.mkdtemp(prefix="sanzhi-town-"))
    shutil.copytree(template, work / "town", ignore=shutil.ignore_patterns("*.lock"))
    return work, open_session(work / "town" / "sanzhi.db")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_order_with_duplicates_gives_the_same_state(
    history: tuple[Path, list[Path], dict[str, list[object]]], data: st.DataObject
) -> None:
    template, files, final = history
    order = data.draw(st.permutations(files))
    extra = data.draw(st.lists(st.sampled_from(files), max_size=3))
    work, town = _fresh_town(template)
    try:
        reports = sync.import_sync_files(town, [*order, *extra])
        assert all(r.status is not ImportStatus.REFUSED for r in reports)
        assert sum(r.status is ImportStatus.ALREADY for r in reports) == len(extra)
        assert synced_state(town, owner=VILLAGE_CODE) == final
    finally:
        town.close()
        shutil.rmtree(work, ignore_errors=True)
