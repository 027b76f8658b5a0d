"""红袖章 巡逻 log: one line a patrol; a patrol's finding can become a screening finding."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.patrols import SHIFTS, Patrol
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.safety.patrols_form import PatrolForm, patrol_from
from sanzhi_desktop.gui.parts.safety.people import people
from sanzhi_desktop.gui.parts.safety.screening_form import ScreeningForm, finding_from
from sanzhi_desktop.services import mediation, patrols


class PatrolsTab(RecordTab):
    name = "patrols"
    tables = frozenset({"patrols"})
    date_column = "date"

    def title(self) -> str:
        return self.tr("Patrols")

    def columns(self) -> Sequence[Column]:
        return [
            Column("date", self.tr("Date"), lambda p: p.patrol_date, ColumnKind.DATE),
            Column("shift", self.tr("Shift"), lambda p: p.shift),
            Column("members", self.tr("Members"), lambda p: p.members, ColumnKind.NAME),
            Column("route", self.tr("Route"), lambda p: p.route),
            Column("found", self.tr("Found"), lambda p: p.findings),
        ]

    def empty_text(self) -> str:
        return self.tr("No patrols recorded yet. Click “New” to record one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All shifts"), [(s, s) for s in SHIFTS])

    def load(self) -> list[Patrol]:
        shift = self.choice_value()
        return [p for p in patrols.list_patrols(self.ctx.session) if not shift or p.shift == shift]

    def detail(self, patrol: Patrol) -> Detail:
        fields = [
            (self.tr("Date"), format_date(patrol.patrol_date)),
            (self.tr("Shift"), patrol.shift),
            (self.tr("Members"), patrol.members),
            (self.tr("Route"), patrol.route),
            (self.tr("Found"), patrol.findings or self.tr("Nothing unusual")),
        ]
        refusal = self.tr("Already recorded as a finding.") if patrol.finding_id else ""
        action = Action(
            "patrolFinding",
            self.tr("Record as a dispute finding"),
            lambda: self.to_finding(patrol),
            refusal,
        )
        return Detail(f"{patrol.patrol_date} {patrol.shift}", fields, actions=[action])

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New patrol"),
            PatrolForm().new(),
            lambda v: patrols.record_patrol(self.ctx.session, patrol_from(v)),
            select_result=True,
        )

    def to_finding(self, patrol: Patrol) -> FormDialog:
        session = self.ctx.session
        choices = people(self.ctx)
        fields = ScreeningForm().finding_fields(
            choices, dispute_types=mediation.dispute_types(session)
        )
        return self.open_form(
            self.tr("Record as a dispute finding"),
            fields,
            lambda v: patrols.finding_from_patrol(
                session, patrol.id, finding_from(v, choices, patrol.patrol_date)
            ),
        )

    def print_selected(self, page: str = "A4") -> object:
        patrol = self.selected_record()
        month = patrol.patrol_date[:7] if patrol else mediation.today().isoformat()[:7]
        self.preview(
            lambda: patrols.print_patrols(self.ctx.session, month).pdf, self.tr("Patrol log")
        )
        return True
