"""Every 党建 tab test runs on 2026-11-20 (the services' clock), whatever the real date."""

from __future__ import annotations

import pytest

from tests.party_factory import freeze_today


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_today(monkeypatch)
