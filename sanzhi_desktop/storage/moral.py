"""Storage for the moral-governance lists.

Village rules, red/black board, good deeds, stars, points, awards.

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m004_moral``.
"""

from __future__ import annotations

import sqlite_utils


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m004_moral``); being built."""
