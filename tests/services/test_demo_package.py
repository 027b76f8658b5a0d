"""The demo generators live in services/demo/; a part's module still at the old place works."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import sanzhi_desktop.services as services
from sanzhi_desktop.services.demo import demo_extensions
from sanzhi_desktop.services.demo.village import seed_name


def test_the_parts_are_found_in_the_package_in_name_order() -> None:
    names = [module.__name__ for module in demo_extensions()]
    assert names == sorted(names)
    assert {
        "sanzhi_desktop.services.demo.boards",
        "sanzhi_desktop.services.demo.mediation",
        "sanzhi_desktop.services.demo.moral",
    } <= set(names)
    assert all(hasattr(module, "add_demo_records") for module in demo_extensions())


def test_a_part_seeds_with_its_name_from_before_the_move() -> None:
    boards = next(m for m in demo_extensions() if m.__name__.endswith(".boards"))
    # the same seed string as when the module was services/demo_boards.py: same village
    assert seed_name(boards) == "sanzhi_desktop.services.demo_boards"


def test_a_part_still_at_the_old_place_is_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given a branch that added services/demo_<part>.py before the move
    (tmp_path / "demo_oldpart.py").write_text(
        "def add_demo_records(session, rng, *, years, today, progress):\n    return None\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(services, "__path__", [*services.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "sanzhi_desktop.services.demo_oldpart", raising=False)
    try:
        # Then the demo runs it too, seeded as it would have been
        [old] = [m for m in demo_extensions() if m.__name__.endswith("demo_oldpart")]
        assert seed_name(old) == "sanzhi_desktop.services.demo_oldpart"
        names = [m.__name__.rsplit(".", 1)[1].removeprefix("demo_") for m in demo_extensions()]
        assert names == sorted(names)
    finally:
        sys.modules.pop("sanzhi_desktop.services.demo_oldpart", None)
