"""``FileIds``: an id twice in one file is found, in memory and past it on disk."""

from __future__ import annotations

import pytest

from sanzhi_desktop.storage import sync_ledger
from sanzhi_desktop.storage.sync_ledger import FileIds


@pytest.mark.parametrize("in_memory", [100_000, 3, 0])
def test_a_repeated_id_names_both_lines(monkeypatch: pytest.MonkeyPatch, in_memory: int) -> None:
    monkeypatch.setattr(sync_ledger, "FILE_IDS_IN_MEMORY", in_memory)
    with FileIds() as ids:
        assert ids.add("households", [("a", 1), ("b", 2)]) is None
        assert ids.add("persons", [("a", 1)]) is None  # another table: not a repeat
        assert ids.add("households", [("c", 3), ("d", 4)]) is None
        assert ids.add("households", [("e", 5), ("b", 6), ("f", 7)]) == ("b", 6, 2)


@pytest.mark.parametrize("in_memory", [100_000, 0])
def test_a_repeat_within_one_batch(monkeypatch: pytest.MonkeyPatch, in_memory: int) -> None:
    monkeypatch.setattr(sync_ledger, "FILE_IDS_IN_MEMORY", in_memory)
    with FileIds() as ids:
        assert ids.add("households", [("x", 1), ("y", 2), ("x", 3)]) == ("x", 3, 1)
