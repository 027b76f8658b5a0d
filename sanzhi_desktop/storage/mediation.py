"""Storage for the people's mediation (cases, events, papers).

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m005_mediation``.
"""

from __future__ import annotations

import sqlite_utils


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m005_mediation``); being built."""
