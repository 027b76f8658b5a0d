"""矛盾纠纷排查: recording sweeps (or a 零报告), their findings, and how each is handled.

A sweep is recorded with its findings in one transaction; with none it is a
零报告. Handling a finding is one call per way: :func:`send_to_mediation`
registers a mediation case (through :func:`services.mediation.register_case`,
so the case gets its dossier number and the mediation rules) and links the
two both ways — the finding keeps ``case_id``, the case's registration event
names the finding; :func:`escalate_finding` and :func:`resolve_finding`
record the other two. A missed sweep and a high-risk finding past its
deadline are to-dos.

The month's register (``sanzhi print screening``) is an internal sheet for
the village and the town's 综治 office: it names parties, so it says so on
its face and is never offered as a public sheet.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.mediation import Case, Party
from sanzhi_desktop.domain.moral_common import check_month, month_first_day, month_last_day
from sanzhi_desktop.domain.screening import (
    Finding,
    FindingParty,
    Handling,
    Sweep,
    check_can_handle,
    default_deadline,
    encode_parties,
    missed_periods,
    period_end,
    period_label,
    period_of,
    validate_finding,
    validate_sweep,
)
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services import mediation
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.services.safety_catalogues import risk_deadline_days, screening_rhythm
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import safety as store

SWEEPS, FINDINGS = "screening_sweeps", "screening_findings"
#: Days before a period ends when its missing sweep shows as due soon.
DUE_SOON_DAYS = 3


def today() -> date:
    """The program's one today (a demo file's reference day included): ``clock.today``."""
    return clock.today()


def _owner(session: Session) -> str:
    return session.author.owner


def get_sweep(session: Session, sweep_id: str) -> Sweep:
    return Sweep.from_record(records.get_record(session.db, SWEEPS, sweep_id))


def get_finding(session: Session, finding_id: str) -> Finding:
    return Finding.from_record(records.get_record(session.db, FINDINGS, finding_id))


def list_sweeps(session: Session, *, since: str = "", until: str = "9999") -> list[Sweep]:
    rows = store.list_sweeps(session.db, owner=_owner(session), since=since, until=until)
    return [Sweep.from_record(r) for r in rows]


def list_findings(
    session: Session, *, sweep_id: str | None = None, since: str = "", until: str = "9999"
) -> list[Finding]:
    rows = store.list_findings(
        session.db, owner=_owner(session), sweep_id=sweep_id, since=since, until=until
    )
    return [Finding.from_record(r) for r in rows]


def finding_of_case(session: Session, case_id: str) -> Finding | None:
    """The screening finding that opened a mediation case, if one did (the link back)."""
    row = store.finding_of_case(session.db, case_id)
    return Finding.from_record(row) if row else None


def _require_village(session: Session) -> None:
    session.require_village("矛盾纠纷排查", "dispute screening")


def _complete_finding(session: Session, finding: Finding) -> Finding:
    """Clean, take roster names for roster parties, default the deadline; then validate."""
    finding = finding.cleaned()
    parties = []
    errors: list[FieldError] = []
    for party in finding.party_list:
        if party.person_id:
            try:
                person = records.get_record(session.db, "persons", party.person_id)
            except NotFoundError:
                errors.append(
                    FieldError("parties", msg("所选村民不存在或已删除", "Villager not found"))
                )
                continue
            party = FindingParty(str(person["name"]), party.person_id)
        parties.append(party)
    finding = replace(finding, parties=encode_parties(parties))
    if not finding.deadline and finding.found_date and not errors:
        # a bad date keeps no deadline: validate_finding names the date
        with contextlib.suppress(ValueError):
            finding = replace(
                finding,
                deadline=default_deadline(
                    finding.found_date, finding.risk, risk_deadline_days(session)
                ),
            )
    errors += validate_finding(
        finding, dispute_types=mediation.dispute_types(session), today=today()
    )
    if errors:
        raise ValidationError(errors)
    return finding


def _insert_finding(session: Session, finding: Finding) -> Finding:
    values = finding.to_record()
    values.pop("id")
    values["handling"] = Handling.PENDING.value
    row = records.insert_record(session.db, FINDINGS, values, author=session.author)
    return Finding.from_record(row)


def record_sweep(session: Session, sweep: Sweep, findings: list[Finding] | None = None) -> Sweep:
    """A sweep and what it found; no findings makes it a 零报告 (still recorded)."""
    _require_village(session)
    sweep = sweep.cleaned()
    errors = validate_sweep(sweep, today=today())
    completed: list[Finding] = []
    for finding in findings or []:
        try:
            completed.append(
                _complete_finding(
                    session, replace(finding, found_date=finding.found_date or sweep.sweep_date)
                )
            )
        except ValidationError as err:
            errors += err.errors
    if errors:
        raise ValidationError(errors)
    values = {
        **sweep.to_record(),
        "period": period_of(sweep.sweep_date, screening_rhythm(session)),
        "nil_return": 0 if completed else 1,
    }
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, SWEEPS, values, author=session.author)
        stored = Sweep.from_record(row)
        for finding in completed:
            _insert_finding(session, replace(finding, sweep_id=stored.id, patrol_id=""))
    return stored


def add_finding(session: Session, finding: Finding) -> Finding:
    """A finding added later to a sweep (``sweep_id``) or from a patrol (``patrol_id``).

    A sweep that was a 零报告 stops being one.
    """
    _require_village(session)
    if not finding.sweep_id and not finding.patrol_id:
        raise ValidationError(
            [FieldError("sweep_id", msg("请选择所属的排查或巡逻", "Choose the sweep or patrol"))]
        )
    with session.db.atomic():
        if finding.sweep_id:
            sweep = get_sweep(session, finding.sweep_id)
            session.require_own_record(
                str(records.get_record(session.db, SWEEPS, sweep.id)["owner"])
            )
            finding = replace(finding, found_date=finding.found_date or sweep.sweep_date)
        finding = _complete_finding(session, finding)
        stored = _insert_finding(session, finding)
        if finding.sweep_id:
            records.update_record(
                session.db, SWEEPS, finding.sweep_id, {"nil_return": 0}, author=session.author
            )
    return stored


def _handle(session: Session, finding_id: str, on: str, values: dict[str, str]) -> Finding:
    finding = get_finding(session, finding_id)
    session.require_own_record(str(records.get_record(session.db, FINDINGS, finding_id)["owner"]))
    on = clean(on) or today().isoformat()
    if err := check_can_handle(finding, on):
        raise ValidationError([err])
    row = records.update_record(
        session.db, FINDINGS, finding_id, {**values, "handled_date": on}, author=session.author
    )
    return Finding.from_record(row)


def send_to_mediation(
    session: Session, finding_id: str, *, on: str = "", mediator_ids: list[str], note: str = ""
) -> tuple[Finding, Case]:
    """调解: open a mediation case for the finding and link the two; one transaction.

    The parties become the case's parties (the first as 申请人, the others as
    被申请人; roster villagers by reference, typed names as outsiders); the
    committee acts on its own initiative (调委会主动调解).
    """
    import json

    finding = get_finding(session, finding_id)
    on = clean(on) or today().isoformat()
    if err := check_can_handle(finding, on):
        raise ValidationError([err])
    parties = [
        Party(
            case_id="",
            role="申请人" if n == 0 else "被申请人",
            kind="person" if p.person_id else "outsider",
            name=p.name,
            person_id=p.person_id,
        )
        for n, p in enumerate(finding.party_list)
    ]
    case = Case(
        source="调委会主动调解",
        dispute_type=finding.dispute_type,
        summary=finding.summary,
        registered_on=on,
        people_involved=len(parties),
        mediator_ids=json.dumps(mediator_ids),
    )
    with session.db.atomic():
        stored = mediation.register_case(
            session, case, parties, origin=f"矛盾纠纷排查发现（{finding.found_date}）"
        )
        updated = _handle(
            session,
            finding_id,
            on,
            {
                "handling": Handling.MEDIATION.value,
                "case_id": stored.id,
                "handled_note": clean(note),
            },
        )
    return updated, stored


def escalate_finding(session: Session, finding_id: str, *, on: str = "", note: str) -> Finding:
    """上报镇: the village cannot settle it (大事不出镇)."""
    if not clean(note):
        raise ValidationError(
            [
                FieldError(
                    "handled_note", msg("请写明上报情况（报给谁、为什么）", "Say why and to whom")
                )
            ]
        )
    with session.db.atomic():
        return _handle(
            session,
            finding_id,
            on,
            {"handling": Handling.ESCALATED.value, "handled_note": clean(note)},
        )


def resolve_finding(session: Session, finding_id: str, *, on: str = "", note: str) -> Finding:
    """就地化解: settled on the spot; the note says how."""
    if not clean(note):
        raise ValidationError(
            [FieldError("handled_note", msg("请写明化解情况", "Say how it was settled"))]
        )
    with session.db.atomic():
        return _handle(
            session,
            finding_id,
            on,
            {"handling": Handling.RESOLVED.value, "handled_note": clean(note)},
        )


# --- the rhythm ------------------------------------------------------------------------------


def missed_sweeps(session: Session, *, on: date | None = None) -> list[str]:
    """Periods that ended without a sweep, since the village's first sweep."""
    owner = _owner(session)
    first = store.first_sweep_date(session.db, owner)
    if not first:
        return []
    return missed_periods(
        store.swept_periods(session.db, owner),
        since=date.fromisoformat(first),
        today=on or today(),
        rhythm=screening_rhythm(session),
    )


@todo_provider
def screening_todos(session: Session) -> list[TodoItem]:
    """Missed sweeps, this period's sweep when its end is near, high-risk findings overdue."""
    if session.profile is None or session.profile.kind is OfficeKind.TOWN:
        return []
    now = today()
    items = [
        TodoItem(
            text=msg(
                f"矛盾纠纷排查：{period_label(p)}没有排查记录（无发现也应报“零报告”）",
                f"Dispute screening: no sweep in {p}",
            ),
            urgency=Urgency.OVERDUE,
            page="safety",
            table=SWEEPS,
            due=period_end(p).isoformat(),
        )
        for p in missed_sweeps(session, on=now)
    ]
    owner = _owner(session)
    current = period_of(now, screening_rhythm(session))
    end = period_end(current)
    if current not in store.swept_periods(session.db, owner) and end - now <= timedelta(
        days=DUE_SOON_DAYS
    ):
        items.append(
            TodoItem(
                text=msg(
                    f"矛盾纠纷排查：{period_label(current)}的排查尚未开展",
                    "Dispute screening: this period's sweep is not done yet",
                ),
                urgency=Urgency.DUE_SOON,
                page="safety",
                table=SWEEPS,
                due=end.isoformat(),
            )
        )
    for finding in list_findings(session):
        if finding.risk == "高" and finding.overdue(now):
            items.append(
                TodoItem(
                    text=msg(
                        f"高风险矛盾纠纷（{finding.dispute_type}）处置期限{finding.deadline}已过，"
                        "尚未处置",
                        f"High-risk dispute past its deadline {finding.deadline}",
                    ),
                    urgency=Urgency.OVERDUE,
                    page="safety",
                    table=FINDINGS,
                    record_id=finding.id,
                    due=finding.deadline,
                )
            )
    return items


# --- the month's register ----------------------------------------------------------------------


@dataclass(frozen=True)
class MonthRegister:
    month: str
    sweeps: list[Sweep]
    findings: list[Finding]
    missed: list[str]

    @property
    def nil_returns(self) -> int:
        return sum(1 for s in self.sweeps if s.nil_return)


def month_register(session: Session, month: str) -> MonthRegister:
    try:
        check_month(month)
    except ValueError as exc:
        raise ValidationError([FieldError("month", str(exc))]) from exc
    since, until = month_first_day(month).isoformat(), month_last_day(month).isoformat()
    sweeps = sorted(list_sweeps(session, since=since, until=until), key=lambda s: s.sweep_date)
    findings = sorted(
        list_findings(session, since=since, until=until), key=lambda f: (f.found_date, f.id)
    )
    missed = [p for p in missed_sweeps(session) if p.startswith(month)]
    return MonthRegister(month, sweeps, findings, missed)


def print_screening(session: Session, month: str) -> PrintedSheet:
    """The month's 矛盾纠纷排查登记表 — internal, never posted (it names the parties)."""
    from sanzhi_desktop.printing.screening_sheet import (
        FindingRow,
        ScreeningSheet,
        SweepRow,
        render_screening_sheet,
    )

    profile = session.require_village("矛盾纠纷排查登记表", "screening registers")
    register = month_register(session, month)
    cases = {
        f.case_id: mediation.get_case(session, f.case_id).dossier_no
        for f in register.findings
        if f.case_id
    }
    sheet = ScreeningSheet(
        village_name=profile.name,
        month=month,
        sweeps=[
            SweepRow(s.sweep_date, period_label(s.period), s.swept_by, s.area, bool(s.nil_return))
            for s in register.sweeps
        ],
        findings=[
            FindingRow(
                found_date=f.found_date,
                dispute_type=f.dispute_type,
                parties=f.party_names,
                summary=f.summary,
                risk=f.risk,
                deadline=f.deadline,
                handling=Handling(f.handling).label,
                handled_date=f.handled_date,
                case_no=cases.get(f.case_id, ""),
                source="巡逻" if f.patrol_id else "排查",
            )
            for f in register.findings
        ],
        missed=[period_label(p) for p in register.missed],
    )
    return PrintedSheet(
        pdf=render_screening_sheet(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )


def find_id(session: Session, table: str, fragment: str) -> str:
    """A record of this office by its short id (the last 8 digits listings show) or whole id."""
    fragment = clean_code(fragment)
    found = (
        store.ids_ending(session.db, table, fragment, owner=_owner(session))
        if len(fragment) >= 4
        else []
    )
    if len(found) != 1:
        raise NotFoundError(msg(f"找不到编号为“{fragment}”的记录", f"No record '{fragment}'"))
    return found[0]
