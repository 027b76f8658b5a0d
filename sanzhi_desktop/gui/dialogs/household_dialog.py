"""New or edit a household (户): 户号, 户主, 村民小组, 住址, 备注.

The dialog checks nothing itself: on OK it hands the household to the roster
service, and a :class:`ValidationError` is spread over the red labels under
the fields (the service also knows about 户号 already in use, which only the
database can tell). The dialog stays open until the service accepts.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.domain.roster import MAX_GROUP, Household
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label
from sanzhi_desktop.services import roster


class HouseholdDialog(QDialog):
    """``household=None`` adds a new household; otherwise edits that one.

    After ``accept()``, :attr:`household` is the stored household (with its id).
    """

    def __init__(
        self, ctx: GuiContext, household: Household | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._original = household
        self.household: Household | None = household
        self.setWindowTitle(self.tr("Edit household") if household else self.tr("New household"))
        self.setMinimumWidth(480)

        self.household_no = QLineEdit(self)
        self.household_no.setObjectName("household_no")
        self.household_no.setPlaceholderText(self.tr("e.g. 0101"))
        self.head_name = QLineEdit(self)
        self.head_name.setObjectName("head_name")
        self.group_no = QSpinBox(self)
        self.group_no.setObjectName("group_no")
        self.group_no.setRange(1, MAX_GROUP)
        self.address = QLineEdit(self)
        self.address.setObjectName("address")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setFixedHeight(60)
        self.note.setTabChangesFocus(True)

        form = QFormLayout()
        self.error_labels: dict[str, FieldErrorLabel] = {}
        rows = (
            ("household_no", self.tr("Household no."), self.household_no),
            ("head_name", self.tr("Household head"), self.head_name),
            ("group_no", self.tr("Villager group"), self.group_no),
            ("address", self.tr("Address"), self.address),
            ("note", self.tr("Note"), self.note),
        )
        for field, label, widget in rows:
            box, error = with_error_label(widget, self)
            error.setObjectName(f"error_{field}")
            self.error_labels[field] = error
            form.addRow(label, box)
        self.form_error = FieldErrorLabel(self)
        self.form_error.setObjectName("error_form")

        self.household_no.textEdited.connect(lambda _t: self._clear("household_no"))
        self.head_name.textEdited.connect(lambda _t: self._clear("head_name"))
        self.group_no.valueChanged.connect(lambda _v: self._clear("group_no"))
        self.address.textEdited.connect(lambda _t: self._clear("address"))
        self.note.textChanged.connect(lambda: self._clear("note"))

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)

        if household is not None:
            self.household_no.setText(household.household_no)
            self.head_name.setText(household.head_name)
            self.group_no.setValue(household.group_no)
            self.address.setText(household.address)
            self.note.setPlainText(household.note)
        else:
            self.group_no.setValue(1)
        self.household_no.setFocus()

    def _grow_to_fit(self) -> None:
        """Make room for messages that just appeared, without shrinking what the clerk sized."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def _clear(self, field: str) -> None:
        self.error_labels[field].clear_error()
        self.form_error.clear_error()

    def value(self) -> Household:
        """The household as typed (not yet cleaned or checked)."""
        return Household(
            household_no=self.household_no.text(),
            head_name=self.head_name.text(),
            group_no=self.group_no.value(),
            address=self.address.text(),
            note=self.note.toPlainText(),
            id=self._original.id if self._original else "",
        )

    def save(self) -> None:
        """Hand the household to the service; close only when it was stored."""
        try:
            if self._original is None:
                self.household = self.ctx.run(
                    lambda: roster.add_household(self.ctx.session, self.value())
                )
            else:
                self.household = self.ctx.run(
                    lambda: roster.update_household(self.ctx.session, self.value())
                )
        except ValidationError as err:
            show_field_errors(err, self.error_labels, fallback=self.form_error)
            self._grow_to_fit()
            return
        except Exception as exc:  # a refusal or an unexpected error: tell, stay open
            show_error(self, exc)
            return
        self.accept()
