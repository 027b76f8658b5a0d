"""The one clock: today() answers as_of, then a demo's reference day, then the calendar."""

from __future__ import annotations

from datetime import date

from sanzhi_desktop.storage import clock


def test_today_is_the_calendar_day_without_a_reference_day() -> None:
    assert clock.reference_day() is None
    assert clock.today() == clock.now().date()
    assert clock.today_iso() == clock.now().date().isoformat()


def test_a_reference_day_is_today_for_the_whole_process() -> None:
    clock.set_reference_day(date(2025, 3, 9))
    try:
        assert clock.today() == date(2025, 3, 9)
        assert clock.today_iso() == "2025-03-09"
    finally:
        clock.set_reference_day(None)
    assert clock.today() == clock.now().date()


def test_as_of_overrides_the_reference_day_inside_its_block() -> None:
    clock.set_reference_day(date(2025, 3, 9))
    try:
        with clock.as_of(date(2024, 1, 2)):
            assert clock.today() == date(2024, 1, 2)
        assert clock.today() == date(2025, 3, 9)
    finally:
        clock.set_reference_day(None)
