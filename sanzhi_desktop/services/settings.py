"""User preferences kept in the data file (language)."""

from __future__ import annotations

from sanzhi_desktop.domain.lang import SUPPORTED
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import office

LANGUAGE_KEY = "language"


def preferred_language(session: Session) -> str:
    value = office.get_setting(session.conn, LANGUAGE_KEY, "zh_CN")
    return str(value) if value in SUPPORTED else "zh_CN"


def set_preferred_language(session: Session, code: str) -> None:
    if code not in SUPPORTED:
        raise ValueError(code)
    with session.db.atomic():
        office.set_setting(session.db, LANGUAGE_KEY, code)
