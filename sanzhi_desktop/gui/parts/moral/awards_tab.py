"""奖励与荣誉: one-off awards and honour titles given to households, with the total paid."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.awards import Award, AwardKind
from sanzhi_desktop.gui.kit.choices import household_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date, format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.moral.awards_form import AwardForm, award_from
from sanzhi_desktop.gui.parts.moral.common import HouseholdRecordSource
from sanzhi_desktop.services import awards


class AwardsTab(RecordTab, HouseholdRecordSource):
    name = "awards"
    tables = frozenset({"awards", "households"})
    date_column = "approved"

    def title(self) -> str:
        return self.tr("Awards and titles")

    def columns(self) -> Sequence[Column]:
        return [
            Column("year", self.tr("Year"), lambda a: a.year, ColumnKind.NUMBER),
            Column("name", self.tr("Name"), lambda a: a.name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda a: a.group_no, ColumnKind.NUMBER),
            Column("kind", self.tr("Kind"), lambda a: a.kind, labels=AwardKind),
            Column("title", self.tr("Award / title"), lambda a: a.display_title),
            Column(
                "amount",
                self.tr("Amount"),
                lambda a: a.amount_fen or None,
                ColumnKind.MONEY,
            ),
            Column("approved", self.tr("Approved on"), lambda a: a.approved_date, ColumnKind.DATE),
        ]

    def empty_text(self) -> str:
        return self.tr("No awards yet. Click “New” to add the first one.")

    def load(self) -> list[Award]:
        records = awards.list_awards(self.ctx.session)
        self.filters.note.setObjectName("awardTotal")
        self.filters.note.setText(
            self.tr("Total paid: {0}").format(format_money(awards.total_amount_fen(records)))
        )
        return records

    def detail(self, award: Award) -> Detail:
        fields = [
            (self.tr("Kind"), AwardKind(award.kind).label),
            (self.tr("Award / title"), award.display_title),
            (self.tr("Amount"), format_money(award.amount_fen) if award.amount_fen else ""),
            (self.tr("Approved"), f"{format_date(award.approved_date)} {award.approved_by}"),
        ]
        actions = [Action("deleteAward", self.tr("Delete award"), lambda: self.delete(award))]
        return Detail(f"{award.name} · {award.display_title}", fields, actions=actions)

    def selected_household_id(self) -> str | None:
        award = self.selected_record()
        return award.household_id if award else None

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New award"),
            AwardForm().new(household_choices(self.ctx.session)),
            lambda v: awards.add_award(self.ctx.session, award_from(iso_dates(v))),
            select_result=True,
        )

    def delete(self, award: Award) -> None:
        if self.confirm(
            self.tr("Delete award"),
            self.tr("Delete {0}'s award {1} ({2})?").format(
                award.name, award.display_title, award.year
            ),
        ):
            self.act(lambda: awards.delete_award(self.ctx.session, award.id))
