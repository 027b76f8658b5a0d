"""A village's records of one table, read-only, as the town holds them (the town's drill-down).

The rows come from ``services.town.village_records``; the columns are the
stored columns that have a clerk's name (:mod:`.record_fields`), formatted as
everywhere else; the detail pane lists the selected record field by field.
No actions: the town never edits a village's records.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.columns import Column
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.record_fields import field_columns
from sanzhi_desktop.gui.kit.record_tab import RecordTab

#: The stored columns that name a record, best first (the detail pane's title).
TITLE_COLUMNS = ("title", "dossier_no", "name", "head_name", "content", "item", "code")


class VillageRecordsTab(RecordTab):
    name = "villageRecords"
    read_only = True

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        self._rows: list[dict[str, Any]] = []
        super().__init__(ctx, parent)
        self.caption = self.filters.note
        self.caption.setObjectName("drillDownCaption")
        self.caption.setText(self.empty_text())

    def title(self) -> str:
        return self.tr("Records")

    def columns(self) -> Sequence[Column]:
        return []

    def empty_text(self) -> str:
        return self.tr("Click a figure to see the village's records.")

    def record_id(self, record: dict[str, Any]) -> str:
        return str(record["_row"])

    def load(self) -> list[dict[str, Any]]:
        return self._rows

    def show_rows(self, caption: str, table: str, rows: list[dict[str, Any]]) -> None:
        """Show ``rows`` of ``table`` under ``caption`` (e.g. 小营村：调解案件（只读）)."""
        names = list(rows[0]) if rows else []
        self.model.set_columns(field_columns(table, names))
        self._rows = [{**row, "_row": index} for index, row in enumerate(rows)]
        self.filters.note.setText(caption)
        self.refresh()

    def detail(self, record: dict[str, Any]) -> Detail:
        fields = [(c.header, c.display(record)) for c in self.model.columns]
        title = next((str(record[k]) for k in TITLE_COLUMNS if record.get(k)), "")
        return Detail(title[:60], [(k, v) for k, v in fields if v])
