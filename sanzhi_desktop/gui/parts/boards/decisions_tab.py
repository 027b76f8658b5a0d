"""四议两公开: a matter decided in six steps, each step's meeting on record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain import decisions as decision_rules
from sanzhi_desktop.domain.decisions import STEP_SHORT
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.boards.decisions_form import DecisionForm, decision_from, step_from
from sanzhi_desktop.services import decisions


class DecisionsTab(RecordTab):
    name = "decisions"
    tables = frozenset({"decisions", "decision_steps"})
    date_column = "started"

    def title(self) -> str:
        return self.tr("Four-two procedure")

    def columns(self) -> Sequence[Column]:
        return [
            Column("title", self.tr("Matter"), lambda r: r["title"]),
            Column("source", self.tr("Source"), lambda r: r["source"]),
            Column("started", self.tr("Started"), lambda r: r["created_on"], ColumnKind.DATE),
            Column("step", self.tr("Step"), self._step_text),
        ]

    def _step_text(self, row: dict[str, Any]) -> str:
        last = int(row["last_step"] or 0)
        return f"{last}/6 {STEP_SHORT[last - 1]}" if last else self.tr("not started")

    def empty_text(self) -> str:
        return self.tr("No matters yet. Click “New” to start one.")

    def load(self) -> list[dict[str, Any]]:
        return decisions.list_decisions(self.ctx.session)

    def detail(self, record: dict[str, Any]) -> Detail:
        decision_id = str(record["id"])
        decision = decisions.get_decision(self.ctx.session, decision_id)
        steps = decisions.list_steps(self.ctx.session, decision_id)
        fields = [(self.tr("Source"), decision.source), (self.tr("Summary"), decision.summary)]
        for s in steps:
            figures = (
                self.tr(" (expected {0}, present {1}, approving {2})").format(
                    s.expected, s.present, s.approve
                )
                if s.is_meeting
                else ""
            )
            fields.append(
                (
                    f"{s.step}. {STEP_SHORT[s.step - 1]}",
                    f"{format_date(s.held_on)} {s.form}{figures}\n{s.content} · {s.outcome}",
                )
            )
        nxt = decision_rules.next_step(steps)
        actions = []
        if nxt is not None:
            actions.append(
                Action(
                    "recordStep",
                    self.tr("Record step {0}: {1}").format(nxt, STEP_SHORT[nxt - 1]),
                    lambda: self.record_step(decision_id, nxt),
                )
            )
        actions.append(
            Action(
                "printDecision", self.tr("Print register"), lambda: self.print_register(decision_id)
            )
        )
        return Detail(decision.title, fields, list(STEP_SHORT), (nxt - 1) if nxt else 6, actions)

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New matter"),
            DecisionForm().matter(),
            lambda v: decisions.create_decision(self.ctx.session, decision_from(v)),
            select_result=True,
        )

    def record_step(self, decision_id: str, step: int) -> FormDialog:
        return self.open_form(
            self.tr("Four-two procedure: step {0}").format(step),
            DecisionForm().step(step),
            lambda v: decisions.record_step(self.ctx.session, step_from(decision_id, step, v)),
        )

    def print_register(self, decision_id: str) -> None:
        title = decisions.get_decision(self.ctx.session, decision_id).title
        self.preview(lambda: decisions.decision_pdf(self.ctx.session, decision_id), title)

    def print_selected(self, page: str = "A4") -> object:
        decision_id = self.selected_id()
        if decision_id:
            self.print_register(decision_id)
        return decision_id
