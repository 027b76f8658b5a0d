"""民主法治示范村: the levels the village was named at (亮牌), one record per level."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law_registers import VillageTitle
from sanzhi_desktop.gui.kit.choices import this_year
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.titles_form import TitleForm, title_from
from sanzhi_desktop.services import law_registers


class TitlesTab(RecordTab):
    name = "lawTitles"
    tables = frozenset({"law_titles"})

    def title(self) -> str:
        return self.tr("Model village")

    def empty_text(self) -> str:
        return self.tr("No 民主法治示范村 title recorded. Click “New” when the village is named.")

    def columns(self) -> Sequence[Column]:
        return [
            Column("level", self.tr("Level"), lambda t: t.level),
            Column("year", self.tr("Year named"), lambda t: t.year, ColumnKind.NUMBER),
            Column("note", self.tr("Note"), lambda t: t.note),
        ]

    def load(self) -> list[VillageTitle]:
        return law_registers.list_titles(self.ctx.session)

    def detail(self, title: VillageTitle) -> Detail:
        return Detail(
            f"{title.level}民主法治示范村",
            [(self.tr("Year named"), str(title.year)), (self.tr("Note"), title.note)],
        )

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("Model village title"),
            TitleForm().new(this_year()),
            lambda v: law_registers.record_title(self.ctx.session, title_from(v)),
            select_result=True,
        )
