"""The 道德评议会's review: one form for a good-deeds nomination and a red/black entry.

Both boards are decided the same way (the meeting, who was present, approve
or reject, the opinion), so both open these fields and their services name
the same field keys.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject

from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class ReviewForm(QObject):
    def review(self, meetings: Sequence[tuple[str, str]] = ()) -> list[FieldSpec]:
        """``meetings``: the 道德评议会's meetings (一约五会) the review may name."""
        return [
            FieldSpec(
                "review_meeting_id",
                self.tr("Council meeting"),
                FieldKind.CHOICE,
                "",
                [(self.tr("(not recorded)"), ""), *meetings],
            ),
            FieldSpec("review_date", self.tr("Review date"), FieldKind.DATE),
            FieldSpec(
                "reviewers",
                self.tr("Council members present"),
                placeholder=self.tr("Empty: those at the meeting chosen"),
            ),
            FieldSpec(
                "approved",
                self.tr("Decision"),
                FieldKind.CHOICE,
                True,
                [(self.tr("Approve posting"), True), (self.tr("Reject"), False)],
            ),
            FieldSpec("review_opinion", self.tr("Opinion"), FieldKind.LONG_TEXT),
        ]
