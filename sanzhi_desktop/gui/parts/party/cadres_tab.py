"""雏雁 and 致富带头人: reserve cadres (≥ 2 a year) and wealth leaders (3–5) by year."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.party_targets import Cadre, CadreKind
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.cadres_form import CadreForm, cadre_from
from sanzhi_desktop.gui.parts.party.choices import people
from sanzhi_desktop.services import party_targets


class CadresTab(RecordTab):
    name = "partyCadres"
    tables = frozenset({"party_cadres", "persons", "households"})

    def title(self) -> str:
        return self.tr("Reserve cadres and leaders")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("Both kinds"), [(k.label, k.value) for k in CadreKind])

    def columns(self) -> Sequence[Column]:
        return [
            Column("year", self.tr("Year"), lambda c: c.year, ColumnKind.NUMBER),
            Column("kind", self.tr("Kind"), lambda c: c.kind, labels=CadreKind),
            Column("name", self.tr("Name"), lambda c: c.name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda c: c.group_no, ColumnKind.NUMBER),
            Column("chosen", self.tr("Chosen on"), lambda c: c.chosen_date, ColumnKind.DATE),
        ]

    def empty_text(self) -> str:
        return self.tr("No reserve cadres or leaders yet. Click “New” to add the first one.")

    def load(self) -> list[Cadre]:
        kind = self.choice_value() or None
        return list(reversed(party_targets.list_cadres(self.ctx.session, kind=kind)))

    def detail(self, cadre: Cadre) -> Detail:
        fields = [
            (self.tr("Kind"), CadreKind(cadre.kind).label),
            (self.tr("Group"), f"{cadre.group_no}组"),
            (self.tr("Chosen on"), format_date(cadre.chosen_date)),
            (self.tr("Why chosen"), cadre.note),
        ]
        return Detail(cadre.name, fields)

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New reserve cadre or leader"),
            CadreForm().new(people(self.ctx)),
            lambda v: party_targets.add_cadre(self.ctx.session, cadre_from(v)),
            select_result=True,
        )
