"""谁在操作: choosing who sits at the keyboard, for an honest change log.

There are no passwords (see :mod:`sanzhi_desktop.services.operators`): the
dialog offers the known names, pre-selects whoever signed in last, and lets a
new helper type their own name, which adds it to the list. It is a form of the
kit: one editable choice, and ``operators.sign_in`` as its submit, whose
refusal (an empty name) shows under the field.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.services import operators
from sanzhi_desktop.services.session import Session


class OperatorDialog(FormDialog):
    """Accepted after :func:`operators.sign_in` succeeded; ``operator`` is the name then."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        known = operators.list_operators(session)
        last = operators.last_operator(session)
        chosen = last if last in known else (known[0] if known else None)
        field = FieldSpec(
            "operator",
            self.tr("Operator"),
            FieldKind.EDITABLE_CHOICE,
            chosen,
            known,
            placeholder=self.tr("Your name, e.g. 王文书"),
        )
        super().__init__(
            self.tr("Who is working?"),
            [field],
            lambda v: operators.sign_in(session, v["operator"]),
            parent,
            note=self.tr(
                "Choose your name, or type it if you are new. Every change you make "
                "is recorded under this name in the change log."
            ),
        )
        self.setObjectName("operatorDialog")
        self.session = session
        self.operator: str | None = None
        self.setMinimumWidth(420)
        self.combo = self.widgets["operator"]
        assert isinstance(self.combo, QComboBox)
        self.combo.setObjectName("operatorCombo")
        self.accepted.connect(self._signed_in)

    def _signed_in(self) -> None:
        self.operator = self.session.operator
