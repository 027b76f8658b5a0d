"""责任清单: the town's 普法责任清单 (or the default) with each period done, due or overdue.

Read-only: a duty is fulfilled by recording an activity against it in 普法活动.
"""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law_duties import DutyFrequency, DutyState, DutyStatus, period_label
from sanzhi_desktop.gui.kit.choices import chosen_year, year_filter
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law_publicity


class DutiesTab(RecordTab):
    name = "lawDuties"
    tables = frozenset({"law_duties", "law_activities"})

    def title(self) -> str:
        return self.tr("Duty list")

    def empty_text(self) -> str:
        return self.tr("No period of the duty list has begun in this year.")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def record_id(self, status: DutyStatus) -> str:
        return f"{status.duty.code}:{status.period}"

    def columns(self) -> Sequence[Column]:
        return [
            Column("code", self.tr("No."), lambda s: s.duty.code),
            Column("duty", self.tr("Duty"), lambda s: s.duty.duty),
            Column("audience", self.tr("Audience"), lambda s: s.duty.audience),
            Column("period", self.tr("Period"), lambda s: period_label(s.period)),
            Column("due", self.tr("Due"), lambda s: s.due.isoformat(), ColumnKind.DATE),
            Column("state", self.tr("State"), lambda s: s.state, labels=DutyState),
        ]

    def row_color(self, status: DutyStatus) -> str | None:
        return ERROR_COLOR if status.state is DutyState.OVERDUE else None

    def load(self) -> list[DutyStatus]:
        return law_publicity.duty_status(self.ctx.session, chosen_year(self.choice_value()))

    def detail(self, status: DutyStatus) -> Detail:
        fields = [
            (self.tr("Audience"), status.duty.audience),
            (self.tr("How often"), DutyFrequency(status.duty.frequency).label),
            (self.tr("Legal basis"), status.duty.basis),
            (self.tr("Period"), period_label(status.period)),
            (self.tr("State"), status.state.label),
        ]
        return Detail(status.duty.duty, fields)
