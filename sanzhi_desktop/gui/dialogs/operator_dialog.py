"""谁在操作: choosing who sits at the keyboard, for an honest change log.

There are no passwords (see :mod:`sanzhi_desktop.services.operators`): the
dialog offers the known names, pre-selects whoever signed in last, and lets a
new helper type their own name, which adds it to the list.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.gui.screen_fit import scroll_body
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label
from sanzhi_desktop.services import operators
from sanzhi_desktop.services.session import Session


class OperatorDialog(QDialog):
    """Accepted after :func:`operators.sign_in` succeeded; ``operator`` is the name then."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operatorDialog")
        self.session = session
        self.operator: str | None = None
        self.setWindowTitle(self.tr("Who is working?"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose your name, or type it if you are new. Every change you make "
                "is recorded under this name in the change log."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.combo = QComboBox(self)
        self.combo.setObjectName("operatorCombo")
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        known = operators.list_operators(session)
        self.combo.addItems(known)
        last = operators.last_operator(session)
        if last and last in known:
            self.combo.setCurrentIndex(known.index(last))
        elif known:
            self.combo.setCurrentIndex(0)
        else:
            self.combo.setEditText("")
        if (line_edit := self.combo.lineEdit()) is not None:
            line_edit.setPlaceholderText(self.tr("Your name, e.g. 王文书"))
        box, self.error_label = with_error_label(self.combo, self)
        self.error_label.setObjectName("operatorError")
        form.addRow(self.tr("Operator"), box)
        layout.addLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        scroll_body(self, buttons)
        self.errors: dict[str, FieldErrorLabel] = {"operator": self.error_label}
        self.setMinimumWidth(420)

    def accept(self) -> None:
        name = self.combo.currentText()
        try:
            operators.sign_in(self.session, name)
        except ValidationError as exc:
            show_field_errors(exc, self.errors)
            return
        self.operator = self.session.operator
        super().accept()
