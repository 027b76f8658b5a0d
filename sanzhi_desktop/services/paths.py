"""Where data lives: the platformdirs user data directory unless told otherwise.

Windows: ``%LOCALAPPDATA%\\sanzhi-desktop``; Linux: ``~/.local/share/sanzhi-desktop``.
``--db PATH`` or ``SANZHI_DB`` points at another file; backups and keys live
beside the file they belong to, so a data directory can be moved as a whole.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "sanzhi-desktop"
DB_FILENAME = "sanzhi.db"


def data_dir() -> Path:
    import platformdirs  # only when no --db is given: the GUI starts without it otherwise

    return Path(platformdirs.user_data_path(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """``SANZHI_DB`` if set, else ``sanzhi.db`` in the user data directory."""
    env = os.environ.get("SANZHI_DB")
    return Path(env).expanduser() if env else data_dir() / DB_FILENAME


def backup_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"
