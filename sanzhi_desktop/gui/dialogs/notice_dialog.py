"""New or edit a draft notice: category, title, text, basis, catalogue item, period, files."""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.notices import Notice, NoticeCategory
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.boards_form import BoardsFormDialog, Field
from sanzhi_desktop.services import disclosure_catalogue, notices


class NoticeDialog(BoardsFormDialog):
    """``notice=None`` creates a draft; after ``accept()`` :attr:`notice` is the stored one."""

    def __init__(
        self, ctx: GuiContext, notice: Notice | None = None, parent: QWidget | None = None
    ) -> None:
        self.ctx = ctx
        self.notice: Notice | None = notice
        self._items = {"": ""} | {
            f"{i.code} {i.item}": i.code for i in disclosure_catalogue.catalogue(ctx.session)
        }
        current = next(
            (k for k, v in self._items.items() if notice and v == notice.catalogue_item), ""
        )
        fields = [
            Field(
                "category",
                self.tr("Category"),
                "combo",
                notice.category if notice else NoticeCategory.VILLAGE.value,
                [c.value for c in NoticeCategory],
            ),
            Field("title", self.tr("Title"), "line", notice.title if notice else ""),
            Field("body", self.tr("Text"), "text", notice.body if notice else ""),
            Field("basis", self.tr("Basis"), "line", notice.basis if notice else ""),
            Field("catalogue_item", self.tr("Catalogue item"), "combo", current, list(self._items)),
            Field(
                "period", self.tr("Period (e.g. 2026Q3)"), "line", notice.period if notice else ""
            ),
            Field(
                "publicity_days",
                self.tr("Publicity days"),
                "int",
                notice.publicity_days if notice else 7,
                maximum=365,
            ),
            Field(
                "attachments",
                self.tr("Attached files (one per line)"),
                "text",
                "\n".join(notice.attachment_list()) if notice else "",
            ),
        ]
        super().__init__(
            self.tr("Edit notice") if notice else self.tr("New notice"), fields, self._save, parent
        )

    def _save(self, values: dict[str, object]) -> Notice:
        files = [f for f in str(values["attachments"]).splitlines() if f.strip()]
        base = self.notice or Notice()
        notice = replace(
            base,
            category=str(values["category"]),
            title=str(values["title"]),
            body=str(values["body"]),
            basis=str(values["basis"]),
            catalogue_item=self._items.get(str(values["catalogue_item"]), ""),
            period=str(values["period"]),
            publicity_days=int(str(values["publicity_days"])),
            attachments=json.dumps(files, ensure_ascii=False),
        )
        if self.notice is None:
            self.notice = notices.create_notice(self.ctx.session, notice)
        else:
            self.notice = notices.update_notice(self.ctx.session, notice)
        self.ctx.changed("notices")
        return self.notice
