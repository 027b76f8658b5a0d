"""Town mode: the state of each enrolled village and the figures across villages.

Generic over the synced tables: every table another part registers shows up
as a column of the dashboard with the count of each village's live records,
without this module naming it. Drill-down is read-only: the town never edits
a village's records (only the owner writes a record).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, sync_ledger
from sanzhi_desktop.storage.office import get_setting, set_setting
from sanzhi_desktop.storage.records import SYNCED_TABLES

DEFAULT_STALE_DAYS = 30
STALE_SETTING = "sync_stale_days"


@dataclass(frozen=True)
class VillageStatus:
    code: str
    name: str
    fingerprint: str
    enrolled_at: str
    revoked: bool
    last_file: str
    last_seq: int
    last_received: str
    missing_seqs: list[int]
    stale: bool
    revoked_fingerprints: list[str] = field(default_factory=list)


def stale_days(session: Session) -> int:
    return int(get_setting(session.db, STALE_SETTING, DEFAULT_STALE_DAYS))


def set_stale_days(session: Session, days: int) -> None:
    if not 1 <= days <= 365:
        raise RefusedError(msg("天数应在1到365之间", "Days must be 1 to 365"))
    with session.db.atomic():
        set_setting(session.db, STALE_SETTING, days)


def village_statuses(session: Session, *, now: datetime | None = None) -> list[VillageStatus]:
    """Every enrolled village with its last file, gaps in its seqs and a stale flag."""
    from sanzhi_desktop.services import keys  # and its crypto: not before the town page asks

    now = now or clock.now()
    limit = timedelta(days=stale_days(session))
    result = []
    for peer in sync_ledger.list_peers(session.db, kind="village"):
        imports = sync_ledger.list_imports(session.db, sender=peer.code)
        seqs = sync_ledger.imported_seqs(session.db, peer.code)
        missing = sorted(set(range(1, max(seqs) + 1)) - set(seqs)) if seqs else []
        held = sync_ledger.held_rev(session.db, peer.code)
        # a missing file whose records a later file carried is covered: not a gap to chase
        missing = [s for s in missing if not _covered(imports, s, held)]
        last = max(imports, key=lambda r: r["seq"]) if imports else None
        received = max((r["imported_at"] for r in imports), default="")
        stale = not received or now - datetime.fromisoformat(received) > limit
        result.append(
            VillageStatus(
                code=peer.code,
                name=peer.name,
                fingerprint=peer.fingerprint,
                enrolled_at=peer.enrolled_at,
                revoked=keys.is_revoked(session, peer),
                last_file=last["file_name"] if last else "",
                last_seq=int(last["seq"]) if last else 0,
                last_received=received,
                missing_seqs=missing,
                stale=stale,
                revoked_fingerprints=sorted(
                    sync_ledger.revoked_fingerprints(
                        session.db, peer.code, issued_by=session.require_profile().code
                    )
                ),
            )
        )
    return result


def _covered(imports: list[dict[str, Any]], seq: int, held: int) -> bool:
    """A lost file is covered when a later imported file started at or below the watermark."""
    return any(r["seq"] > seq and r["since_rev"] <= held for r in imports) and held > 0


@dataclass(frozen=True)
class Dashboard:
    tables: list[str]
    labels: dict[str, str]
    villages: list[tuple[str, str]]
    #: counts[village_code][table] = live records of that village
    counts: dict[str, dict[str, int]]

    def total(self, table: str) -> int:
        return sum(row.get(table, 0) for row in self.counts.values())


def dashboard(session: Session) -> Dashboard:
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("汇总只在镇里使用。", "The dashboard is for the town."))
    villages = [(p.code, p.name) for p in sync_ledger.list_peers(session.db, kind="village")]
    tables = [t for t in sync_ledger.synced_table_names() if t != "key_revocations"]
    counts: dict[str, dict[str, int]] = {code: {} for code, _ in villages}
    for table in tables:
        for owner, n in sync_ledger.counts_by_owner(session.db, table).items():
            if owner in counts:
                counts[owner][table] = n
    labels = {t: SYNCED_TABLES[t].label for t in tables}
    return Dashboard(tables, labels, villages, counts)


def village_records(
    session: Session, village: str, table: str, *, limit: int = 500
) -> list[dict[str, Any]]:
    """A village's live records of one table, newest first, as a town clerk sees them.

    The sync bookkeeping (id, owner, rev, …) and the ids linking records
    (``household_id``…, which mean nothing to a clerk) are left out, and
    personal fields (ID numbers, phones, addresses) are masked, as in every list.
    """
    hidden = {"id", "owner", "rev", "rev_site", "deleted", "updated_at"}
    personal = set(SYNCED_TABLES[table].personal) if table in SYNCED_TABLES else set()
    rows = sync_ledger.rows_of_owner(session.db, table, village, limit=limit)
    return [
        {
            key: mask_id_number(str(value)) if key in personal and value else value
            for key, value in row.items()
            if key not in hidden and not key.endswith("_id")
        }
        for row in rows
    ]
