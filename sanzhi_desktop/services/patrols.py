"""红袖章 巡逻 log: recording patrols, turning a patrol's finding into a screening finding,
and the month's patrol log sheet."""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import check_month, month_first_day, month_last_day
from sanzhi_desktop.domain.patrols import Patrol, validate_patrol
from sanzhi_desktop.domain.screening import Finding
from sanzhi_desktop.services import screening
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage import safety as store

TABLE = "patrols"


def get_patrol(session: Session, patrol_id: str) -> Patrol:
    return Patrol.from_record(records.get_record(session.db, TABLE, patrol_id))


def list_patrols(session: Session, *, since: str = "", until: str = "9999") -> list[Patrol]:
    rows = store.list_patrols(session.db, owner=session.author.owner, since=since, until=until)
    return [Patrol.from_record(r) for r in rows]


def _month_range(month: str) -> tuple[str, str]:
    try:
        check_month(month)
    except ValueError as exc:
        raise ValidationError([FieldError("month", str(exc))]) from exc
    return month_first_day(month).isoformat(), month_last_day(month).isoformat()


def record_patrol(session: Session, patrol: Patrol) -> Patrol:
    session.require_village("巡逻记录", "patrols")
    patrol = replace(patrol.cleaned(), finding_id="")
    if errors := validate_patrol(patrol, today=screening.today()):
        raise ValidationError(errors)
    values = patrol.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Patrol.from_record(row)


def finding_from_patrol(session: Session, patrol_id: str, finding: Finding) -> Finding:
    """A patrol's finding becomes a screening finding, linked both ways (one transaction)."""
    patrol = get_patrol(session, patrol_id)
    session.require_own_record(str(records.get_record(session.db, TABLE, patrol_id)["owner"]))
    if patrol.finding_id:
        raise RefusedError(
            msg("这次巡逻的发现已经转为排查发现", "This patrol's finding is already recorded")
        )
    summary = finding.summary or patrol.findings
    with session.db.atomic():
        stored = screening.add_finding(
            session,
            replace(
                finding,
                sweep_id="",
                patrol_id=patrol_id,
                found_date=finding.found_date or patrol.patrol_date,
                summary=summary,
            ),
        )
        records.update_record(
            session.db, TABLE, patrol_id, {"finding_id": stored.id}, author=session.author
        )
    return stored


def print_patrols(session: Session, month: str) -> PrintedSheet:
    from sanzhi_desktop.printing.patrol_sheet import PatrolRow, PatrolSheet, render_patrol_sheet

    profile = session.require_village("巡逻记录", "patrol logs")
    since, until = _month_range(month)
    sheet = PatrolSheet(
        village_name=profile.name,
        month=month,
        rows=[
            PatrolRow(p.patrol_date, p.shift, p.members, p.route, p.findings, bool(p.finding_id))
            for p in list_patrols(session, since=since, until=until)
        ],
    )
    return PrintedSheet(
        pdf=render_patrol_sheet(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )
