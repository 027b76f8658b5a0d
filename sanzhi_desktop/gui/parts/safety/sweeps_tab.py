"""矛盾纠纷排查 sweeps: one line a sweep, 零报告 marked; a new sweep with its first finding."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sanzhi_desktop.domain.screening import Sweep, period_label
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.safety.people import people
from sanzhi_desktop.gui.parts.safety.screening_form import ScreeningForm, finding_from, sweep_from
from sanzhi_desktop.services import mediation, screening


class SweepsTab(RecordTab):
    name = "sweeps"
    tables = frozenset({"screening_sweeps", "screening_findings"})
    date_column = "date"

    def title(self) -> str:
        return self.tr("Sweeps")

    def columns(self) -> Sequence[Column]:
        return [
            Column("date", self.tr("Date"), lambda s: s.sweep_date, ColumnKind.DATE),
            Column("period", self.tr("Period"), lambda s: period_label(s.period)),
            Column("by", self.tr("Swept by"), lambda s: s.swept_by, ColumnKind.NAME),
            Column("area", self.tr("Area"), lambda s: s.area),
            Column("result", self.tr("Result"), self._result),
        ]

    def _result(self, sweep: Sweep) -> str:
        return self.tr("Nil return") if sweep.nil_return else self.tr("Disputes found")

    def empty_text(self) -> str:
        return self.tr("No sweeps recorded yet. Click “New” to record the first one.")

    def load(self) -> list[Sweep]:
        return screening.list_sweeps(self.ctx.session)

    def detail(self, sweep: Sweep) -> Detail:
        findings = screening.list_findings(self.ctx.session, sweep_id=sweep.id)
        fields = [
            (self.tr("Period"), period_label(sweep.period)),
            (self.tr("Date"), format_date(sweep.sweep_date)),
            (self.tr("Swept by"), sweep.swept_by),
            (self.tr("Area"), sweep.area),
            (self.tr("Result"), self._result(sweep)),
            *((self.tr("Finding"), f"{f.risk}·{f.dispute_type}：{f.summary}") for f in findings),
        ]
        add = Action("addFinding", self.tr("Add a finding"), lambda: self.add_finding(sweep))
        return Detail(period_label(sweep.period), fields, actions=[add])

    def new_record(self) -> FormDialog:
        session = self.ctx.session
        choices = people(self.ctx)
        form = ScreeningForm().sweep(mediation.dispute_types(session), choices)

        def submit(values: dict[str, Any]) -> Sweep:
            sweep = sweep_from(values)
            findings = []
            if values["dispute_type"]:
                findings.append(finding_from(values, choices, sweep.sweep_date))
            return screening.record_sweep(session, sweep, findings)

        return self.open_form(self.tr("New sweep"), form, submit, select_result=True)

    def add_finding(self, sweep: Sweep) -> FormDialog:
        session = self.ctx.session
        choices = people(self.ctx)
        form = ScreeningForm().finding_fields(
            choices, dispute_types=mediation.dispute_types(session)
        )
        return self.open_form(
            self.tr("Add a finding"),
            form,
            lambda v: screening.add_finding(
                session, replace(finding_from(v, choices, ""), sweep_id=sweep.id)
            ),
        )

    def print_selected(self, page: str = "A4") -> object:
        sweep = self.selected_record()
        month = sweep.sweep_date[:7] if sweep else screening.today().isoformat()[:7]
        self.preview(
            lambda: screening.print_screening(self.ctx.session, month).pdf,
            self.tr("Screening register"),
        )
        return True
