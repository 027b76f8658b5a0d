"""The three 法治 sheets: the year's 学法普法台账, the honours 公示, the 宪法入户 coverage.

Each gathers the year's records through the part's services and hands plain
rows to ``printing`` (reportlab is imported only here, when something is
printed). Only the village prints them: the town holds its villages' copies
but publishes nothing under their names.
"""

from __future__ import annotations

from sanzhi_desktop.domain.law_duties import DutyState, period_label
from sanzhi_desktop.domain.law_registers import (
    HonourKind,
    HonourStatus,
    percent_text,
    total_coverage,
)
from sanzhi_desktop.services import law, law_publicity, law_registers
from sanzhi_desktop.services.moral_common import publicity_days
from sanzhi_desktop.services.red_black import PrintedSheet, objection_channel
from sanzhi_desktop.services.session import Session


def _today() -> str:
    return law.today().isoformat()


def print_ledger(session: Session, year: int) -> PrintedSheet:
    """学法普法台账 of ``year``: sessions, each learner's count, activities, duties."""
    from sanzhi_desktop.printing.law_ledger import (
        ActivityRow,
        CountRow,
        DutyRow,
        LawLedger,
        SessionRow,
        render_law_ledger,
    )

    profile = session.require_village("学法普法台账", "law ledgers")
    ledger = LawLedger(
        village_name=profile.name,
        year=year,
        sessions=[
            SessionRow(
                s.held_on,
                s.form,
                s.topic,
                s.lecturer,
                s.audience,
                s.hours,
                [a.name for a in s.attendee_list()],
                s.material_list(),
            )
            for s in law.list_sessions(session, year=year)
        ],
        counts=[
            CountRow(
                c.learner.name,
                c.learner.category_label,
                c.learner.post,
                c.attended,
                c.target,
                list(c.scores),
            )
            for c in law.learner_counts(session, year)
        ],
        activities=[
            ActivityRow(
                a.held_on,
                a.audience,
                a.topic,
                a.form,
                a.organiser,
                a.participants,
                a.duty_code,
            )
            for a in law_publicity.list_activities(session, year=year)
        ],
        duties=[
            DutyRow(st.duty.code, st.duty.duty, period_label(st.period), st.state.label)
            for st in law_publicity.duty_status(session, year)
            if st.state is not DutyState.OPEN
        ],
        prepared_by=session.operator,
        printed_on=_today(),
    )
    return PrintedSheet(
        pdf=render_law_ledger(ledger), title=ledger.title, suggested_name=f"{ledger.title}.pdf"
    )


def print_honours(session: Session, year: int, *, posted_date: str = "") -> PrintedSheet:
    """The 公示 of the three registers' people named in ``year`` (revoked ones left out)."""
    from sanzhi_desktop.printing.law_public_sheets import (
        HonourRow,
        HonourSection,
        HonoursSheet,
        render_honours_sheet,
    )

    profile = session.require_village("法治名册公示", "honours")
    honours = [
        h
        for h in law_registers.list_honours(session, year=year)
        if h.status == HonourStatus.ACTIVE.value
    ]
    sections = [
        HonourSection(
            kind.label,
            [HonourRow(h.name, h.group_no, h.basis) for h in honours if h.kind == kind.value],
            household=kind.is_household,
        )
        for kind in HonourKind
    ]
    sheet = HonoursSheet(
        village_name=profile.name,
        year=year,
        sections=sections,
        posted_date=posted_date or _today(),
        objection_channel=objection_channel(session),
        publicity_days=publicity_days(session),
    )
    return PrintedSheet(
        pdf=render_honours_sheet(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )


def print_coverage(session: Session, year: int) -> PrintedSheet:
    """宪法入户 coverage of ``year`` by 村民小组, with the households still to visit."""
    from sanzhi_desktop.printing.law_public_sheets import (
        CoverageRow,
        CoverageSheet,
        MissingRow,
        render_coverage_sheet,
    )

    profile = session.require_village("宪法入户覆盖情况", "coverage sheets")
    groups = law_registers.coverage(session, year)
    total = total_coverage(groups)
    sheet = CoverageSheet(
        village_name=profile.name,
        year=year,
        groups=[
            CoverageRow(g.group_no, g.households, g.reached, percent_text(g.percent))
            for g in groups
        ],
        total=CoverageRow(0, total.households, total.reached, percent_text(total.percent)),
        missing=[
            MissingRow(int(h["group_no"]), str(h["household_no"]), str(h["head_name"]))
            for h in law_registers.unreached_households(session, year)
        ],
        printed_on=_today(),
    )
    return PrintedSheet(
        pdf=render_coverage_sheet(sheet), title=sheet.title, suggested_name=f"{sheet.title}.pdf"
    )
