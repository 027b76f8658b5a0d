"""Storage for the sync bookkeeping (keys, enrolled peers, export and import ledgers, conflicts).

Its tables are created by :func:`create_schema`, registered in
:mod:`sanzhi_desktop.storage.migrations` as migration ``m006_sync``.
"""

from __future__ import annotations

import sqlite_utils


def create_schema(db: sqlite_utils.Database) -> None:
    """Create this part's tables (migration ``m006_sync``); being built."""
