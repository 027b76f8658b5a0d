"""A quarter's finance disclosure: opening balance, income and expense lines, closing balance.

The expected closing balance (opening + income − expense) is shown as the
clerk types; the service refuses a closing balance that differs, and the
message sits under the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import FieldError, SanzhiError, ValidationError
from sanzhi_desktop.domain.finance import (
    EXPENSE_ITEMS,
    INCOME_ITEMS,
    FinanceDisclosure,
    FinanceLine,
)
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.widgets import FieldErrorLabel, show_field_errors, with_error_label
from sanzhi_desktop.services import finance

ITEMS = [("income", i) for i in INCOME_ITEMS] + [("expense", i) for i in EXPENSE_ITEMS]


def parse_yuan(text: str) -> int | None:
    """``1,234.5`` → 123450 fen; None if not a number."""
    cleaned = text.replace(",", "").replace("，", "").replace("¥", "").strip() or "0"
    try:
        return round(float(cleaned) * 100)
    except ValueError:
        return None


class FinanceDialog(QDialog):
    def __init__(
        self,
        ctx: GuiContext,
        disclosure: FinanceDisclosure | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.disclosure = disclosure
        self.setWindowTitle(self.tr("Quarterly finance disclosure"))
        self.resize(760, 560)
        today = date.today()
        self.year = QSpinBox(self)
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setValue(disclosure.year if disclosure else today.year)
        self.quarter = QSpinBox(self)
        self.quarter.setObjectName("quarter")
        self.quarter.setRange(1, 4)
        self.quarter.setValue(disclosure.quarter if disclosure else (today.month - 1) // 3 + 1)
        self.opening = QLineEdit(self)
        self.opening.setObjectName("opening")
        self.closing = QLineEdit(self)
        self.closing.setObjectName("closing")
        self.expected = QLabel(self)
        self.expected.setObjectName("expectedClosing")
        self.review_opinion = QLineEdit(self)
        self.review_members = QLineEdit(self)
        self.prepared_by = QLineEdit(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("financeLines")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Item"), self.tr("Amount (yuan)"), self.tr("Summary")]
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 130)
        add = QPushButton(self.tr("Add line"), self)
        add.clicked.connect(lambda: self.add_line("income", INCOME_ITEMS[0], 0, ""))
        remove = QPushButton(self.tr("Remove line"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))

        self.error_labels: dict[str, FieldErrorLabel] = {}
        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.year)
        period.addWidget(self.quarter)
        period.addStretch(1)
        form.addRow(self.tr("Year / quarter"), period)
        for name, label, widget in (
            ("opening_fen", self.tr("Opening balance (yuan)"), self.opening),
            ("lines", self.tr("Lines"), self.table),
            ("closing_fen", self.tr("Closing balance (yuan)"), self.closing),
        ):
            box, error = with_error_label(widget, self)
            self.error_labels[name] = error
            form.addRow(label, box)
            if name == "lines":
                buttons_row = QHBoxLayout()
                buttons_row.addWidget(add)
                buttons_row.addWidget(remove)
                buttons_row.addStretch(1)
                form.addRow("", buttons_row)
        form.addRow("", self.expected)
        form.addRow(self.tr("Finance review group opinion"), self.review_opinion)
        form.addRow(self.tr("Finance review group members"), self.review_members)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        self.form_error = FieldErrorLabel(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(buttons)

        if disclosure:
            self.year.setEnabled(False)
            self.quarter.setEnabled(False)
            self.opening.setText(f"{disclosure.opening_fen / 100:.2f}")
            self.closing.setText(f"{disclosure.closing_fen / 100:.2f}")
            self.review_opinion.setText(disclosure.review_opinion)
            self.review_members.setText(disclosure.review_members)
            self.prepared_by.setText(disclosure.prepared_by)
            for line in disclosure.line_list():
                self.add_line(line.kind, line.item, line.amount_fen, line.summary)
        self.opening.textChanged.connect(self._update_expected)
        self.table.itemChanged.connect(lambda _i: self._update_expected())
        self._update_expected()

    def add_line(self, kind: str, item: str, amount_fen: int, summary: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        for k, name in ITEMS:
            combo.addItem(("收入·" if k == "income" else "支出·") + name, (k, name))
        combo.setCurrentIndex(max(0, ITEMS.index((kind, item)) if (kind, item) in ITEMS else 0))
        combo.currentIndexChanged.connect(lambda _i: self._update_expected())
        self.table.setCellWidget(row, 0, combo)
        self.table.setItem(row, 1, QTableWidgetItem(f"{amount_fen / 100:.2f}"))
        self.table.setItem(row, 2, QTableWidgetItem(summary))

    def lines(self) -> list[FinanceLine]:
        result = []
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 0)
            kind, item = combo.currentData() if isinstance(combo, QComboBox) else ITEMS[0]
            amount_item, summary_item = self.table.item(row, 1), self.table.item(row, 2)
            amount = parse_yuan(amount_item.text() if amount_item else "0")
            result.append(
                FinanceLine(
                    kind,
                    item,
                    -1 if amount is None else amount,
                    summary_item.text() if summary_item else "",
                )
            )
        return result

    def build(self) -> FinanceDisclosure:
        opening, closing = parse_yuan(self.opening.text()), parse_yuan(self.closing.text())
        errors = []
        if opening is None:
            errors.append(FieldError("opening_fen", "请填写金额，如 12345.67"))
        if closing is None:
            errors.append(FieldError("closing_fen", "请填写金额，如 12345.67"))
        if errors:
            raise ValidationError(errors)
        assert opening is not None and closing is not None
        return FinanceDisclosure(
            year=self.year.value(),
            quarter=self.quarter.value(),
            opening_fen=opening,
            closing_fen=closing,
            review_opinion=self.review_opinion.text(),
            review_members=self.review_members.text(),
            prepared_by=self.prepared_by.text(),
            supervision_opinion=self.disclosure.supervision_opinion if self.disclosure else "",
        ).with_lines(self.lines())

    def _update_expected(self) -> None:
        opening = parse_yuan(self.opening.text()) or 0
        draft = FinanceDisclosure(opening_fen=opening).with_lines(
            [x for x in self.lines() if x.amount_fen >= 0]
        )
        self.expected.setText(
            self.tr("Opening + income − expense = {0} yuan").format(
                f"{draft.expected_closing_fen() / 100:,.2f}"
            )
        )

    def try_accept(self) -> bool:
        self.form_error.clear_error()
        try:
            self.disclosure = finance.save_finance(self.ctx.session, self.build())
        except ValidationError as exc:
            show_field_errors(exc, self.error_labels, fallback=self.form_error)
            return False
        except SanzhiError as exc:
            self.form_error.show_error(str(exc))
            return False
        self.ctx.changed("finance_disclosures")
        self.accept()
        return True
