"""Storage for the public-notice boards.

Notices, catalogue, finance disclosures, decisions, issue wall.

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m003_boards``.
"""

from __future__ import annotations

import sqlite_utils


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m003_boards``); being built."""
