"""What ``sanzhi info`` and the home page report, and ``sanzhi check``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sanzhi_desktop import __version__
from sanzhi_desktop.services.session import Session, refuse_emptied_file
from sanzhi_desktop.storage import changes, connection, migrations, office
from sanzhi_desktop.storage.records import SYNCED_TABLES, site_id


def office_info(session: Session) -> dict[str, Any]:
    """Profile, site id, live rows per synced table, schema and program versions."""
    return {**office_identity(session), **office_counts(session)}


def office_identity(session: Session) -> dict[str, Any]:
    """Profile, site id, schema and program versions: a few small reads.

    Plain queries on the connection: the home page shows these before the
    window's first paint (see :attr:`Session.db`).
    """
    profile = session.profile
    conn = session.conn
    return {
        "app_version": __version__,
        "database": str(session.path),
        "schema_version": migrations.schema_version(conn),
        "site_id": site_id(conn),
        "profile": profile.to_record() if profile else None,
    }


def office_counts(session: Session) -> dict[str, Any]:
    """Live rows per synced table and the length of the change log.

    Each count reads a whole table (a town's hundreds of thousands of rows),
    so the home page asks for them right after the first paint.
    """
    conn = session.conn
    return {
        "counts": office.table_counts(conn, list(SYNCED_TABLES)),
        "changes": changes.count_changes(conn),
    }


def check_database(path: Path) -> list[str]:
    """Run the thorough ``integrity_check`` on a file without migrating or locking it.

    Returns the problems found; raises :class:`DamagedDatabaseError` when the
    file cannot even be opened as SQLite.
    """
    import sqlite3

    if not path.exists():
        raise FileNotFoundError(path)
    refuse_emptied_file(path)
    db = connection.connect(path)
    try:
        return connection.integrity_check(db)
    except sqlite3.DatabaseError as exc:
        raise connection.refusal(exc, path) from exc
    finally:
        db.close()
