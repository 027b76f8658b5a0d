"""书记培训: the secretary's training days (at least 4 a year)."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.party_targets import Training
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.choices import this_year
from sanzhi_desktop.gui.parts.party.training_form import TrainingForm, training_from
from sanzhi_desktop.services import party, party_catalogue, party_targets


class TrainingTab(RecordTab):
    name = "partyTraining"
    tables = frozenset({"party_training", "party_settings"})
    date_column = "start"

    def title(self) -> str:
        return self.tr("Secretary training")

    def columns(self) -> Sequence[Column]:
        return [
            Column("start", self.tr("From"), lambda t: t.start_date, ColumnKind.DATE),
            Column("days", self.tr("Days"), lambda t: t.days, ColumnKind.NUMBER),
            Column("trainee", self.tr("Attended by"), lambda t: t.trainee, ColumnKind.NAME),
            Column("topic", self.tr("Topic"), lambda t: t.topic),
            Column("organiser", self.tr("Organised by"), lambda t: t.organiser),
        ]

    def empty_text(self) -> str:
        return self.tr("No training recorded yet. Click “New” to add the first one.")

    def load(self) -> list[Training]:
        year = this_year()
        days = sum(t.days for t in party_targets.list_training(self.ctx.session, year=year))
        target = party_catalogue.settings(self.ctx.session).targets.training_days
        self.filters.note.setText(self.tr("{0}: {1} of {2} days").format(year, days, target))
        return list(reversed(party_targets.list_training(self.ctx.session)))

    def detail(self, item: Training) -> Detail:
        fields = [
            (self.tr("From"), format_date(item.start_date)),
            (self.tr("Days"), str(item.days)),
            (self.tr("Organised by"), item.organiser),
            (self.tr("Topic"), item.topic),
        ]
        return Detail(item.trainee, fields)

    def new_record(self) -> FormDialog:
        branch = party.get_branch(self.ctx.session)
        return self.open_form(
            self.tr("Record a training"),
            TrainingForm().new(branch.secretary if branch else ""),
            lambda v: party_targets.add_training(self.ctx.session, training_from(v)),
            select_result=True,
        )
