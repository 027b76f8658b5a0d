"""The garbage collector's pause during start-up always ends, once."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from sanzhi_desktop.gui import collector


@pytest.fixture(autouse=True)
def collecting_afterwards() -> Iterator[None]:
    yield
    gc.enable()
    gc.unfreeze()


def test_resume_collects_again_and_freezes_what_start_up_made() -> None:
    gc.unfreeze()
    collector.pause()
    assert not gc.isenabled()
    made_during_start = [object() for _ in range(10)]
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0
    assert made_during_start


def test_resume_when_not_paused_changes_nothing() -> None:
    gc.unfreeze()
    collector.resume()
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
