"""Fixtures shared by every layer's tests.

Every test gets its own data directory (platformdirs redirected into
tmp_path, ``SANZHI_DB`` unset) so nothing ever touches the user's data.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sanzhi_desktop.domain import lang
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage import clock

VILLAGE_CODE = "610722100201"

# PostgreSQL for the county's tests (pg_server, pg_url, pg_empty_url): skipped without it.
pytest_plugins = ["tests.pg_fixture"]


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every platformdirs data/config directory and SANZHI_DB into tmp_path."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "appdata"))
    monkeypatch.setenv("APPDATA", str(home / "appdata"))
    monkeypatch.delenv("SANZHI_DB", raising=False)
    monkeypatch.delenv("SANZHI_OPERATOR", raising=False)
    lang.set_language("zh_CN")
    # A demo file opened (and left open) by an earlier test must not fix "today" here.
    monkeypatch.setattr(clock, "_reference_day", None)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "sanzhi.db"


@pytest.fixture
def empty_session(db_path: Path) -> Iterator[Session]:
    """An opened, migrated data file with no office profile yet."""
    session = open_session(db_path, operator="测试员")
    yield session
    session.close()


@pytest.fixture
def session(empty_session: Session) -> Session:
    """A data file set up as 小营村 (610722100201) of 某镇."""
    init_office(
        empty_session,
        kind=OfficeKind.VILLAGE,
        code=VILLAGE_CODE,
        name="小营村",
        town_name="某镇",
        supervision_phone="0916-1234567",
        town_supervision_phone="0916-7654321",
    )
    return empty_session
