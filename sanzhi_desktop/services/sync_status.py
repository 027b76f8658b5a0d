"""The sync state in a few words, for the status bar and the top of the 同步 page.

A village: records not yet acknowledged by the town, the last export, the
last import from the town. A town: how many villages are enrolled and how
many are stale (no file for ``stale_days``).

The status bar asks for it right after the window first paints, so it reads
the sync ledger itself instead of importing the sync service and the office
keys (with their crypto libraries), which no part of the start needs.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import sync_ledger


@dataclass(frozen=True)
class VillageSyncState:
    town_enrolled: bool
    unacknowledged: int
    last_export: str
    last_import: str
    conflicts: int
    alerts: int


def village_state(session: Session) -> VillageSyncState:
    profile = session.require_profile()
    town = sync_ledger.get_peer(session.db, profile.town_code)  # as keys.town_peer
    exports = sync_ledger.list_exports(session.db)
    imports = sync_ledger.list_imports(session.db, sender=profile.town_code)
    written = [e for e in exports if e["written"]]
    return VillageSyncState(
        town_enrolled=town is not None,
        unacknowledged=unacknowledged_count(session, profile.town_code),
        last_export=written[0]["created_at"] if written else "",
        last_import=imports[0]["imported_at"] if imports else "",
        conflicts=len(sync_ledger.list_conflicts(session.db)),
        alerts=len(sync_ledger.list_alerts(session.db)),
    )


def unacknowledged_count(session: Session, peer: str) -> int:
    """This office's records ``peer`` has not acknowledged (as ``services.sync`` counts them)."""
    since = sync_ledger.acked_rev(session.db, peer)
    owner = session.require_profile().code
    return sum(
        sync_ledger.count_since(session.db, t, owner=owner, since_rev=since)
        for t in sync_ledger.synced_table_names()
    )


def summary(session: Session) -> str:
    """One line for the status bar."""
    profile = session.profile
    if profile is None:
        return msg("同步：未设置", "Sync: not set up")
    if profile.kind is OfficeKind.TOWN:
        from sanzhi_desktop.services import town

        villages = town.village_statuses(session)
        stale = sum(1 for v in villages if v.stale)
        return msg(
            f"同步：已登记{len(villages)}个村，{stale}个村数据过期",
            f"Sync: {len(villages)} villages, {stale} stale",
        )
    state = village_state(session)
    if not state.town_enrolled:
        return msg("同步：尚未登记镇里的密钥卡", "Sync: the town's card is not enrolled")
    last = state.last_export[:10] or msg("从未", "never")
    text = msg(
        f"同步：{state.unacknowledged}条变更未确认 · 上次导出{last}",
        f"Sync: {state.unacknowledged} changes unacknowledged · last export {last}",
    )
    if state.conflicts:
        text += msg(f" · {state.conflicts}处冲突", f" · {state.conflicts} conflicts")
    return text
