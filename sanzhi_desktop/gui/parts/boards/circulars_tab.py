"""镇通知: circulars the town sent; a village posts them on its own board."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import notices


class CircularsTab(RecordTab):
    name = "circulars"
    tables = frozenset({"notices"})
    date_column = "date"

    def title(self) -> str:
        return self.tr("Town circulars")

    def columns(self) -> Sequence[Column]:
        return [
            Column("date", self.tr("Date"), lambda r: r[0].posted_date, ColumnKind.DATE),
            Column("category", self.tr("Category"), lambda r: r[0].category),
            Column("title", self.tr("Title"), lambda r: r[0].title),
            Column(
                "addressee",
                self.tr("Addressed to"),
                lambda r: self.tr("all villages") if r[0].addressee == "*" else r[0].addressee,
            ),
            Column(
                "posted",
                self.tr("Posted here"),
                lambda r: self.tr("yes") if r[1] else self.tr("no"),
            ),
        ]

    def record_id(self, record: tuple[Notice, bool]) -> str:
        return record[0].id

    def row_color(self, record: tuple[Notice, bool]) -> str | None:
        return None if record[1] else ERROR_COLOR

    def empty_text(self) -> str:
        return self.tr("No circulars from the town.")

    def owns(self, table: str) -> bool:
        return False  # a circular is found by its id among the notices' tables

    def load(self) -> list[tuple[Notice, bool]]:
        return notices.list_circulars(self.ctx.session)

    def detail(self, record: tuple[Notice, bool]) -> Detail:
        circular, posted = record
        actions = []
        if not posted:
            actions.append(
                Action(
                    "postCircular",
                    self.tr("Post on our board"),
                    lambda: self.act(lambda: notices.post_circular(self.ctx.session, circular.id)),
                )
            )
        actions.append(Action("printCircular", self.tr("Print"), lambda: self.print_selected()))
        fields = [
            (self.tr("Category"), circular.category),
            (self.tr("Text"), circular.body),
            (self.tr("Date"), format_date(circular.posted_date)),
        ]
        return Detail(circular.title, fields, actions=actions)

    def print_selected(self, page: str = "A4") -> object:
        record = self.selected_record()
        if record is not None:
            circular = record[0]
            self.preview(
                lambda: notices.notice_pdf(self.ctx.session, circular.id, page=page), circular.title
            )
        return record
