"""The monthly report on screen: a bar chart of cases by type, the same figures as a table.

From here the clerk previews/prints the PDF or saves the .xlsx for the 司法所.
The month is the form kit's month field (it cannot hold a month that does not
exist); a refusal of the service shows on the line reserved beside it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.mediation_report import MonthlyReport
from sanzhi_desktop.gui.bar_chart import BarChart
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.file_dialogs import announce_saved, save_file
from sanzhi_desktop.gui.kit.form import reserved_error_label
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec, make_field
from sanzhi_desktop.gui.pdf_preview import preview_pdf
from sanzhi_desktop.gui.screen_fit import fit_to_screen
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.services import calendar, mediation_report


class MediationReportDialog(QDialog):
    def __init__(self, ctx: GuiContext, month: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mediationReportDialog")
        self.setWindowTitle(self.tr("Monthly mediation report"))
        self.report: MonthlyReport | None = None
        self.month = make_field(
            FieldSpec(
                "reportMonth", self.tr("Month"), FieldKind.MONTH, month or calendar.this_month()
            ),
            self,
        )
        self.month.widget.setMaximumWidth(140)
        self.month.on_change(self.refresh)
        self.month_error = reserved_error_label(self)
        show = QPushButton(self.tr("Show"), self)
        show.clicked.connect(self.refresh)
        self.pdf_button = QPushButton(self.tr("Preview / print PDF"), self)
        self.pdf_button.setObjectName("reportPdf")
        self.pdf_button.clicked.connect(self.preview)
        self.xlsx_button = QPushButton(self.tr("Save .xlsx"), self)
        self.xlsx_button.setObjectName("reportXlsx")
        self.xlsx_button.clicked.connect(self.save_xlsx)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Month"), self))
        top.addWidget(self.month.widget)
        top.addWidget(show)
        top.addWidget(self.month_error)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.xlsx_button)

        self.chart = BarChart(self)
        self.figures = QTableWidget(self)
        self.figures.setObjectName("reportFigures")
        self.types = QTableWidget(self)
        self.types.setObjectName("reportTypes")
        for table in (self.figures, self.types):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setStretchLastSection(True)
        tables = QHBoxLayout()
        tables.addWidget(self.figures, 1)
        tables.addWidget(self.types, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chart)
        layout.addLayout(tables, 1)
        fit_to_screen(self, QSize(980, 720))  # the tables shrink and scroll on a small screen
        self.refresh()

    def set_month(self, month: str) -> None:
        """Show ``month`` ("2026-11"), as if the clerk had picked it."""
        self.month.set_value(month)

    def refresh(self) -> None:
        try:
            self.report = mediation_report.month_report(self.ctx.session, self.month.value())
        except SanzhiError as exc:
            self.month_error.show_error(str(exc))
            return
        self.month_error.clear_error()
        report = self.report
        self.chart.set_data(
            [(row.dispute_type, row.received) for row in report.by_type],
            title=self.tr("Cases received by type, {0}").format(report.month),
        )
        figures = list(report.figures().items()) + [
            (f"来源：{k}", v) for k, v in report.by_source.items()
        ]
        self.figures.clear()
        self.figures.setColumnCount(2)
        self.figures.setHorizontalHeaderLabels([self.tr("Figure"), self.tr("Value")])
        self.figures.setRowCount(len(figures))
        for r, (name, value) in enumerate(figures):
            self.figures.setItem(r, 0, QTableWidgetItem(name))
            self.figures.setItem(r, 1, QTableWidgetItem(str(value)))
        self.figures.resizeColumnToContents(0)
        self.types.clear()
        self.types.setColumnCount(3)
        self.types.setHorizontalHeaderLabels(
            [self.tr("Dispute type"), self.tr("Received"), self.tr("Settled")]
        )
        self.types.setRowCount(len(report.by_type))
        for r, row in enumerate(report.by_type):
            for c, value in enumerate((row.dispute_type, row.received, row.settled)):
                self.types.setItem(r, c, QTableWidgetItem(str(value)))
        self.types.resizeColumnToContents(0)

    def preview(self) -> QDialog | None:
        try:
            pdf = mediation_report.report_pdf_bytes(self.ctx.session, self.month.value())
        except SanzhiError as exc:
            show_error(self, exc)
            return None
        return preview_pdf(
            self,
            pdf,
            title=self.tr("Monthly mediation report"),
            suggested_name=f"人民调解月报表-{self.month.value()}.pdf",
        )

    def save_xlsx(self, path: str | Path | None = None) -> Path | None:
        if not path:
            chosen = save_file(
                self, self.tr("Save .xlsx"), f"人民调解月报表-{self.month.value()}.xlsx", "xlsx"
            )
            if chosen is None:
                return None
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        try:
            mediation_report.write_report_xlsx(self.ctx.session, self.month.value(), target)
        except (SanzhiError, OSError) as exc:
            show_error(self, exc)
            return None
        announce_saved(self, target)
        return target
