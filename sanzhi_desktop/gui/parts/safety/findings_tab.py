"""排查发现: every brewing dispute, its risk and deadline, and the three ways to handle it."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.screening import RISK_LEVELS, Finding, Handling
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.safety.screening_form import ScreeningForm
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import mediation, mediators, screening


def _iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


class FindingsTab(RecordTab):
    name = "findings"
    tables = frozenset({"screening_findings", "mediation_cases"})
    date_column = "found"

    def title(self) -> str:
        return self.tr("Findings")

    def columns(self) -> Sequence[Column]:
        return [
            Column("found", self.tr("Found"), lambda f: f.found_date, ColumnKind.DATE),
            Column("type", self.tr("Dispute type"), lambda f: f.dispute_type),
            Column("parties", self.tr("Parties"), lambda f: f.party_names, ColumnKind.NAME),
            Column("risk", self.tr("Risk"), lambda f: f.risk),
            Column("deadline", self.tr("Deadline"), lambda f: f.deadline, ColumnKind.DATE),
            Column("handling", self.tr("Handling"), lambda f: Handling(f.handling).label),
        ]

    def row_color(self, finding: Finding) -> str | None:
        return ERROR_COLOR if finding.overdue(screening.today()) else None

    def empty_text(self) -> str:
        return self.tr("No disputes found yet. Record a sweep on the “Sweeps” tab.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All risks"), [(r, r) for r in RISK_LEVELS])

    def load(self) -> list[Finding]:
        risk = self.choice_value()
        return [f for f in screening.list_findings(self.ctx.session) if not risk or f.risk == risk]

    def detail(self, finding: Finding) -> Detail:
        session = self.ctx.session
        case_no = mediation.get_case(session, finding.case_id).dossier_no if finding.case_id else ""
        fields = [
            (self.tr("Found"), format_date(finding.found_date)),
            (self.tr("Source"), self.tr("Patrol") if finding.patrol_id else self.tr("Sweep")),
            (self.tr("Dispute type"), finding.dispute_type),
            (self.tr("Parties"), finding.party_names),
            (self.tr("Risk"), finding.risk),
            (self.tr("What is brewing"), finding.summary),
            (self.tr("Deadline"), format_date(finding.deadline)),
            (self.tr("Handling"), Handling(finding.handling).label),
            (self.tr("Handled on"), format_date(finding.handled_date)),
            (self.tr("Note"), finding.handled_note),
            (self.tr("Mediation case"), case_no),
        ]
        done = self.tr("Already handled.") if finding.handled else ""
        actions = [
            Action(
                "mediateFinding",
                self.tr("Send to mediation"),
                lambda: self.mediate(finding.id),
                done,
            ),
            Action(
                "escalateFinding",
                self.tr("Escalate to the town"),
                lambda: self.note(finding.id, escalate=True),
                done,
            ),
            Action(
                "resolveFinding",
                self.tr("Settled on the spot"),
                lambda: self.note(finding.id, escalate=False),
                done,
            ),
        ]
        steps = [self.tr("Found"), self.tr("Handled")]
        return Detail(finding.dispute_type, fields, steps, 1 if finding.handled else 0, actions)

    def mediate(self, finding_id: str) -> FormDialog:
        session = self.ctx.session
        choices = [(m.name, m.id) for m in mediators.list_mediators(session, active_only=True)]
        return self.open_form(
            self.tr("Send to mediation"),
            ScreeningForm().handling(mediators=choices),
            lambda v: screening.send_to_mediation(
                session,
                finding_id,
                on=_iso(v["handled_date"]),
                mediator_ids=[v["mediators"]] if v["mediators"] else [],
            )[0],
        )

    def note(self, finding_id: str, *, escalate: bool) -> FormDialog:
        session = self.ctx.session
        handle = screening.escalate_finding if escalate else screening.resolve_finding
        title = self.tr("Escalate to the town") if escalate else self.tr("Settled on the spot")
        return self.open_form(
            title,
            ScreeningForm().handling(),
            lambda v: handle(
                session, finding_id, on=_iso(v["handled_date"]), note=v["handled_note"]
            ),
        )
