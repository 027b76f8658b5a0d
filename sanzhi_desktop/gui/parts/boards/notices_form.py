"""The fields of the notice forms: a draft, the supervision review, posting, objections."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.notices import BOARDS, Notice, NoticeCategory
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec

APPROVE, SEND_BACK = "approve", "back"


class NoticeForm(QObject):
    """Field lists (a QObject only so that its labels go through ``tr()``)."""

    def draft(self, notice: Notice | None, catalogue: list[tuple[str, str]]) -> list[FieldSpec]:
        """``catalogue``: (label, code) of the disclosure catalogue's items."""
        n = notice or Notice()
        return [
            FieldSpec(
                "category",
                self.tr("Category"),
                FieldKind.CHOICE,
                n.category,
                [c.value for c in NoticeCategory],
            ),
            FieldSpec("title", self.tr("Title"), value=n.title),
            FieldSpec("body", self.tr("Text"), FieldKind.LONG_TEXT, n.body),
            FieldSpec("basis", self.tr("Basis"), value=n.basis),
            FieldSpec(
                "catalogue_item",
                self.tr("Catalogue item"),
                FieldKind.CHOICE,
                n.catalogue_item,
                [("", ""), *catalogue],
            ),
            FieldSpec("period", self.tr("Period (e.g. 2026Q3)"), value=n.period),
            FieldSpec(
                "publicity_days",
                self.tr("Publicity days"),
                FieldKind.NUMBER,
                n.publicity_days,
                minimum=1,
                maximum=365,
            ),
            FieldSpec(
                "attachments",
                self.tr("Attached files (one per line)"),
                FieldKind.LONG_TEXT,
                "\n".join(n.attachment_list()),
            ),
        ]

    def review(self) -> list[FieldSpec]:
        return [
            FieldSpec("reviewer", self.tr("Reviewer")),
            FieldSpec("opinion", self.tr("Opinion"), FieldKind.LONG_TEXT),
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
            FieldSpec(
                "decision",
                self.tr("Decision"),
                FieldKind.CHOICE,
                APPROVE,
                [(self.tr("Approve"), APPROVE), (self.tr("Send back to draft"), SEND_BACK)],
            ),
        ]

    def post(self, days: int) -> list[FieldSpec]:
        return [
            FieldSpec("on", self.tr("Posting date"), FieldKind.DATE),
            FieldSpec(
                "days", self.tr("Publicity days"), FieldKind.NUMBER, days, minimum=1, maximum=365
            ),
            FieldSpec("board", self.tr("Board"), FieldKind.EDITABLE_CHOICE, BOARDS[0], BOARDS),
        ]

    def objection(self) -> list[FieldSpec]:
        return [
            FieldSpec("raised_by", self.tr("Raised by")),
            FieldSpec("content", self.tr("Objection"), FieldKind.LONG_TEXT),
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
        ]

    def answer(self, operator: str) -> list[FieldSpec]:
        return [
            FieldSpec("answer", self.tr("Answer"), FieldKind.LONG_TEXT),
            FieldSpec("answered_by", self.tr("Answered by"), value=operator),
            FieldSpec("on", self.tr("Date"), FieldKind.DATE),
        ]


def notice_from(values: dict[str, Any], base: Notice | None) -> Notice:
    """The draft form's values over ``base`` (a new notice when None)."""
    files = [f.strip() for f in str(values["attachments"]).splitlines() if f.strip()]
    return replace(
        base or Notice(),
        category=str(values["category"]),
        title=str(values["title"]),
        body=str(values["body"]),
        basis=str(values["basis"]),
        catalogue_item=str(values["catalogue_item"] or ""),
        period=str(values["period"]),
        publicity_days=int(values["publicity_days"]),
        attachments=json.dumps(files, ensure_ascii=False),
    )
