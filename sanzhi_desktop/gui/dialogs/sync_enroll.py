"""Enrolment: the card's office and its fingerprint in large digits, to compare aloud."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from sanzhi_desktop.gui.screen_fit import scroll_body
from sanzhi_desktop.sync.cards import Card


def fingerprint_label(fingerprint: str, parent: QWidget | None = None) -> QLabel:
    """The fingerprint in digits large enough to read across a desk."""
    label = QLabel(fingerprint, parent)
    label.setObjectName("fingerprint")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2.2)
    font.setBold(True)
    font.setLetterSpacing(font.SpacingType.AbsoluteSpacing, 2)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class SyncEnrollDialog(QDialog):
    """Asks the clerk to compare the fingerprint before a card is enrolled."""

    def __init__(self, card: Card, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncEnrollDialog")
        self.setWindowTitle(self.tr("Enrol a key card"))
        layout = QVBoxLayout(self)
        who = QLabel(self.tr("{name} ({code})").format(name=card.name, code=card.code), self)
        who.setObjectName("cardOffice")
        layout.addWidget(who)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Read the fingerprint aloud with the other office. "
                    "Enrol only if every digit matches."
                ),
                self,
            )
        )
        layout.addWidget(fingerprint_label(card.fingerprint, self))
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("It matches: enrol"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("enrollConfirm")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_body(self, buttons)
