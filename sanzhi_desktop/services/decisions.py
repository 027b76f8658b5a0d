"""四议两公开: keep a matter's six steps, in order, and print its register.

The rules (order, merging 1 and 2, quorum and majority of steps 3 and 4) are
the domain's (:mod:`sanzhi_desktop.domain.decisions`); steps 5 and 6 are
disclosures, so recording one creates its draft notice (the resolution
notice, the result notice) that then goes through the notice lifecycle.
"""

from __future__ import annotations

from dataclasses import replace

from sanzhi_desktop.domain import decisions as rules
from sanzhi_desktop.domain.decisions import Decision, DecisionStep
from sanzhi_desktop.domain.errors import NotFoundError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import parse_date
from sanzhi_desktop.domain.notices import Notice, NoticeCategory
from sanzhi_desktop.domain.text import clean
from sanzhi_desktop.services import notices
from sanzhi_desktop.services.party import member_count_on
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import boards as store
from sanzhi_desktop.storage import clock, records

TABLE = "decisions"
STEPS = "decision_steps"
RESOLUTION_ITEM = "CWU-01"


def create_decision(session: Session, decision: Decision) -> Decision:
    decision = replace(
        decision,
        title=clean(decision.title),
        summary=clean(decision.summary),
        created_on=decision.created_on or clock.today_iso(),
    )
    errors = rules.validate_decision(decision)
    if errors:
        raise ValidationError(errors)
    values = decision.to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, TABLE, values, author=session.author)
    return Decision.from_record(row)


def get_decision(session: Session, decision_id: str) -> Decision:
    return Decision.from_record(records.get_record(session.db, TABLE, decision_id))


def find_decision(session: Session, prefix: str) -> Decision:
    """A matter by its id, its short id or another unambiguous end or start of it (CLI).

    At least 4 characters.
    """
    prefix = prefix.strip()
    ids = store.ids_matching(session.db, TABLE, prefix) if len(prefix) >= 4 else []
    if len(ids) != 1:
        raise NotFoundError(msg(f"找不到编号为“{prefix}”的事项", f"No matter with id '{prefix}'"))
    return get_decision(session, ids[0])


def list_decisions(session: Session) -> list[dict[str, object]]:
    return store.list_decisions(session.db, owner=session.author.owner)


def list_steps(session: Session, decision_id: str) -> list[DecisionStep]:
    return [DecisionStep.from_record(r) for r in store.list_decision_steps(session.db, decision_id)]


def next_step(session: Session, decision_id: str) -> int | None:
    return rules.next_step(list_steps(session, decision_id))


def record_step(session: Session, step: DecisionStep) -> DecisionStep:
    """Record the next step; a disclosure step (5, 6) also drafts its notice."""
    decision = get_decision(session, step.decision_id)
    existing = list_steps(session, decision.id)
    step = replace(
        step,
        content=clean(step.content),
        form=clean(step.form),
        outcome=clean(step.outcome),
        remarks=clean(step.remarks),
        merged=int(bool(step.merged)),
    )
    if step.step == 3 and parse_date(step.held_on) is not None:
        step = rules.with_party_count(step, member_count_on(session, step.held_on))
    rules.check_step(existing, step)
    if step.is_meeting and not step.outcome:
        step = replace(step, outcome="通过" if step.step >= 3 else "同意")
    with session.db.atomic():
        if step.step in rules.DISCLOSURE_STEPS:
            kind = "决议公开" if step.step == 5 else "实施结果公开"
            notice = notices.create_notice(
                session,
                Notice(
                    category=NoticeCategory.VILLAGE.value,
                    title=f"关于“{decision.title}”的{kind}"[:60],
                    body=step.content,
                    basis="四议两公开",
                    catalogue_item=RESOLUTION_ITEM,
                    created_on=step.held_on,
                ),
            )
            step = replace(step, notice_id=notice.id, outcome=step.outcome or "已公开")
        values = step.to_record()
        values.pop("id")
        row = records.insert_record(session.db, STEPS, values, author=session.author)
    return DecisionStep.from_record(row)


def decision_pdf(session: Session, decision_id: str) -> bytes:
    """The register: one sheet per recorded step.

    While a disclosure step's notice awaits the committee the register is a
    draft (marked, without supervision remarks): see :func:`notices.is_draft`.
    """
    # Imported here: reportlab is loaded only when something is printed.
    from sanzhi_desktop.printing import decision_sheet

    decision = get_decision(session, decision_id)
    session.require_own_record(decision.owner)
    steps = list_steps(session, decision_id)
    notice_map = {}
    for step in steps:
        if step.notice_id:
            notice_map[step.step] = notices.get_notice(session, step.notice_id)
    draft = any(notices.is_draft(notice) for notice in notice_map.values())
    return decision_sheet.decision_pdf(
        decision, steps, profile=session.require_profile(), notices=notice_map, draft=draft
    )
