"""操作日志: the change log as the clerk reads it."""

from __future__ import annotations

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import changes
from sanzhi_desktop.storage.changes import ChangeRow
from sanzhi_desktop.storage.records import SYNCED_TABLES

ACTION_LABELS = {
    "insert": ("新增", "added"),
    "update": ("修改", "changed"),
    "delete": ("删除", "deleted"),
}


def table_labels() -> dict[str, str]:
    """Every table that appears in the log, with its name for people."""
    labels = {name: spec.label for name, spec in SYNCED_TABLES.items()}
    labels["office"] = msg("本单位信息", "office profile")
    return labels


def action_label(action: str) -> str:
    zh, en = ACTION_LABELS.get(action, (action, action))
    return msg(zh, en)


def describe_change(row: ChangeRow) -> str:
    """ "新增村民" / "added persons": what happened to which kind of record."""
    action = action_label(row.action)
    table = table_labels().get(row.table_name, row.table_name)
    return msg(f"{action}{table}", f"{action} {table}")


def list_changes(
    session: Session,
    *,
    table: str | None = None,
    since: str | None = None,
    until: str | None = None,
    record_id: str | None = None,
    limit: int = 1000,
) -> list[ChangeRow]:
    return changes.list_changes(
        session.conn, table=table, since=since, until=until, record_id=record_id, limit=limit
    )


def changed_fields(row: ChangeRow) -> list[tuple[str, object, object]]:
    """(field, before, after) for each field that differs, sync columns left out."""
    skip = {"rev", "rev_site", "updated_at"}
    before, after = row.before or {}, row.after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in skip]
    return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


def change_mark(session: Session) -> int:
    """Where the change log ends now; :func:`tables_changed_since` reads what came after.

    The GUI takes a mark before it runs a service and announces the tables
    written since, so no widget has to name the tables a service touches.
    """
    return changes.last_seq(session.conn)


def tables_changed_since(session: Session, mark: int) -> frozenset[str]:
    """The tables whose rows were written after ``mark`` (:func:`change_mark`)."""
    return changes.tables_since(session.conn, mark)
