"""人民调解: the mediation case log — intake to archive, papers, deadlines, escalation, report.

Shaped like every page (UI.md): header with toolbar, filter bar, table of
cases with their due-date flags, and a detail pane with the case's steps as a
:class:`StepRow`, only the actions its state allows, its papers (double-click
to preview and print) and its history, the town's replies included.

In a town session the page lists the escalated cases of the town's villages
(read-only, as sync brought them) with a single action: reply.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.mediation import (
    MAIN_STEPS,
    STEP_LABELS,
    TERMINATION_ROUTES,
    CaseState,
    EventKind,
    Mediator,
    step_index,
)
from sanzhi_desktop.domain.mediation_papers import (
    CONFIRMATION_RESULTS,
    PERFORMANCE,
    SATISFACTION,
    ClosingReport,
    FollowUp,
    Investigation,
    JudicialConfirmation,
    OralAgreement,
    RightsNotice,
    SessionRecord,
    WrittenAgreement,
)
from sanzhi_desktop.gui.context import GuiContext, touches
from sanzhi_desktop.gui.dialogs.mediation_form_dialog import FieldSpec, MediationFormDialog
from sanzhi_desktop.gui.models.mediation_model import (
    CaseColumn,
    CaseIdRole,
    CaseTableModel,
    SortRole,
)
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from sanzhi_desktop.gui.table_export import export_view
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import (
    MUTED_COLOR,
    EmptyState,
    PageHeader,
    StepRow,
    detail_title,
    format_date,
    value_form,
)
from sanzhi_desktop.services import mediation, mediation_papers, mediators
from sanzhi_desktop.services.mediation import CaseFilter, CaseView

MEDIATION_TABLES = frozenset(
    {"", "mediation_cases", "mediation_events", "mediation_papers", "mediation_mediators"}
)
PaperIdRole = Qt.ItemDataRole.UserRole + 11


class CaseDetail(QWidget):
    """The right-hand pane; the page fills it and owns the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDetail")
        self.placeholder = EmptyState(self.tr("Select a case in the table to see its dossier."))
        self.title = detail_title(self, "caseTitle")
        self.read_only_label = QLabel(self)
        self.read_only_label.setObjectName("caseReadOnly")
        self.read_only_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.read_only_label.setWordWrap(True)
        self.steps = StepRow(self)
        form, self.fields = value_form(
            self,
            (
                ("state", self.tr("State")),
                ("source", self.tr("Source")),
                ("type", self.tr("Dispute type")),
                ("parties", self.tr("Parties")),
                ("mediators", self.tr("Mediators")),
                ("summary", self.tr("Summary")),
                ("amount", self.tr("Amount involved")),
                ("accepted", self.tr("Accepted")),
                ("due", self.tr("Settle by")),
            ),
            prefix="case",
        )
        self.actions_box = QWidget(self)
        self.actions_grid = QGridLayout(self.actions_box)
        self.actions_grid.setContentsMargins(0, 4, 0, 0)
        self.action_buttons: dict[str, QPushButton] = {}
        self.papers = QListWidget(self)
        self.papers.setObjectName("casePapers")
        self.papers.setFixedHeight(120)
        self.papers.setToolTip(self.tr("Double-click a paper to preview and print it"))
        self.history = QListWidget(self)
        self.history.setObjectName("caseHistory")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.content = QWidget(self)
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.read_only_label)
        inner.addWidget(self.steps)
        inner.addLayout(form)
        inner.addWidget(self.actions_box)
        inner.addWidget(self._heading(self.tr("Papers")))
        inner.addWidget(self.papers)
        inner.addWidget(self._heading(self.tr("History")))
        inner.addWidget(self.history, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.content)
        self.content.setVisible(False)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def set_actions(self, actions: list[tuple[str, str, Callable[[], None]]]) -> None:
        while (item := self.actions_grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # gone at once, not only when the event loop deletes it
                widget.deleteLater()
        self.action_buttons = {}
        for n, (key, text, slot) in enumerate(actions):
            button = QPushButton(text, self.actions_box)
            button.setObjectName(f"action_{key}")
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.actions_grid.addWidget(button, n // 2, n % 2)
            self.action_buttons[key] = button


class MediationPage(QWidget):
    """人民调解: register, move and print cases; the monthly report with its chart."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.last_dialog: QWidget | None = None
        self.header = PageHeader(self.tr("Mediation"), self)
        self.new_button = self.header.add_button(
            self.tr("Register case"),
            self.new_case,
            object_name="newCase",
            shortcut=QKeySequence.StandardKey.New,
            tooltip=self.tr("Register a new dispute (Ctrl+N)"),
        )
        self.committee_button = self.header.add_button(
            self.tr("Committee"), self.edit_committee, object_name="committee"
        )
        self.report_button = self.header.add_button(
            self.tr("Monthly report"), self.open_report, object_name="monthlyReport"
        )
        self.dossier_button = self.header.add_button(
            self.tr("Print dossier"),
            self.print_dossier,
            object_name="printDossier",
            shortcut=QKeySequence.StandardKey.Print,
        )
        self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportXlsx",
            tooltip=self.tr("Save the cases listed (search and filters applied) as .xlsx"),
        )

        self.search = QLineEdit(self)
        self.search.setObjectName("caseSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search dossier no., party, type, summary"))
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("caseState")
        self.state_combo.addItem(self.tr("All cases"), ())
        self.state_combo.addItem(
            self.tr("Open"),
            tuple(s.value for s in CaseState if s is not CaseState.ARCHIVED),
        )
        self.state_combo.addItem(
            self.tr("Running (30-day limit)"), ("accepted", "investigating", "mediating")
        )
        self.state_combo.addItem(self.tr("Follow-up"), ("agreed", "following_up"))
        self.state_combo.addItem(self.tr("Archived"), ("archived",))
        self.year_combo = QComboBox(self)
        self.year_combo.setObjectName("caseYear")
        self.count_label = QLabel(self)
        self.count_label.setStyleSheet(f"color: {MUTED_COLOR};")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.state_combo)
        bar.addWidget(self.year_combo)
        bar.addStretch(1)
        bar.addWidget(self.count_label)

        self.model = CaseTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self.table = QTableView(self)
        self.table.setObjectName("caseTable")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.proxy.sort(-1)
        metrics = self.table.fontMetrics()
        for column, sample in (
            (CaseColumn.DOSSIER, "(2026)小营人调字第100号"),
            (CaseColumn.TYPE, "婚姻家庭（含继承）"),
            (CaseColumn.PARTIES, "王大明、李小红"),
            (CaseColumn.STATE, "已达成协议"),
            (CaseColumn.ACCEPTED, "2026年11月28日"),
            (CaseColumn.DUE, "2026年11月28日"),
        ):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 14)
        self.empty_state = EmptyState(
            self.tr("No mediation case yet. Click “Register case” to record the first dispute."),
            self,
        )
        self.empty_state.setObjectName("caseEmpty")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty_state)

        self.detail = CaseDetail(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(420)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([640, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.state_combo.activated.connect(lambda _i: self.refresh())
        self.year_combo.activated.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.detail.papers.itemActivated.connect(self._open_paper)
        ctx.bus.tables_changed.connect(self._on_data_changed)
        self.view: CaseView | None = None
        self.refresh()

    def export_xlsx(self) -> Path | None:
        """Save the case list, as shown (search and filters applied), as .xlsx."""
        title = self.tr("Mediation cases")
        return export_view(
            self, self.table, title=title, suggested_name=title, session=self.ctx.session
        )

    # --- loading ---------------------------------------------------------------------

    @property
    def is_town(self) -> bool:
        profile = self.ctx.session.profile
        return profile is not None and profile.kind is OfficeKind.TOWN

    def _on_data_changed(self, tables: frozenset[str]) -> None:
        if touches(tables, MEDIATION_TABLES):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        if self.ctx.session.profile is None:
            return
        town = self.is_town
        self.new_button.setVisible(not town)
        self.committee_button.setVisible(not town)
        self.report_button.setVisible(not town)
        self.header.set_title(
            self.tr("Escalated mediation cases") if town else self.tr("Mediation")
        )
        years = mediation.list_case_years(self.ctx.session)
        chosen = self.year_combo.currentData()
        self.year_combo.clear()
        self.year_combo.addItem(self.tr("All years"), None)
        for year in years:
            self.year_combo.addItem(str(year), year)
        if chosen is not None and chosen in years:
            self.year_combo.setCurrentIndex(self.year_combo.findData(chosen))
        selected = self.selected_case_id()
        rows = mediation.list_cases(
            self.ctx.session,
            CaseFilter(
                text=self.search.text(),
                states=tuple(self.state_combo.currentData() or ()),
                year=self.year_combo.currentData(),
            ),
        )
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("{0} cases").format(len(rows)))
        self.stack.setCurrentWidget(self.table if rows or self.search.text() else self.empty_state)
        if selected and self.select_case(selected):
            return
        self._show_detail()

    # --- selection ---------------------------------------------------------------------

    def selected_case_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return str(rows[0].data(CaseIdRole)) if rows else None

    def select_case(self, case_id: str) -> bool:
        source = self.model.row_of_case(case_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        self._show_detail()
        return True

    def select_record(self, table: str, record_id: str) -> bool:
        """A to-do on the home page leads here."""
        if self._stale:
            self.refresh()
        if not self.select_case(record_id):
            self.search.clear()
            self.state_combo.setCurrentIndex(0)
            self.year_combo.setCurrentIndex(0)
            self.refresh()
            return self.select_case(record_id)
        return True

    def _on_selection(self, _a: QItemSelection, _b: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        case_id = self.selected_case_id()
        detail = self.detail
        if case_id is None:
            self.view = None
            detail.placeholder.setVisible(True)
            detail.content.setVisible(False)
            return
        try:
            view = mediation.case_view(self.ctx.session, case_id)
        except SanzhiError:
            self.view = None
            return
        self.view = view
        case = view.case
        detail.placeholder.setVisible(False)
        detail.content.setVisible(True)
        detail.title.setText(case.dossier_no)
        detail.read_only_label.setText(
            self.tr("From village {0}: read-only here.").format(view.owner)
            if view.read_only
            else ""
        )
        detail.read_only_label.setVisible(view.read_only)
        detail.steps.set_steps([STEP_LABELS[s] for s in MAIN_STEPS], step_index(case.case_state))
        parties = "\n".join(
            f"{p.role}：{p.name}"
            + (f"（{p.representative}）" if p.representative else "")
            + (f" {mediation.masked_id(p)}" if p.id_number else "")
            for p in view.parties
        )
        due = mediation.due_date(case.accepted_on)
        values = {
            "state": case.case_state.label
            + (self.tr(" · awaiting the town's reply") if view.awaiting_reply else ""),
            "source": case.source,
            "type": case.dispute_type,
            "parties": parties,
            "mediators": "、".join(view.mediators),
            "summary": case.summary,
            "amount": f"¥{case.amount_fen / 100:,.2f}",
            "accepted": format_date(case.accepted_on),
            "due": format_date(due.isoformat()) if due else "",
        }
        for key, value in values.items():
            detail.fields[key].setText(value or "—")
        detail.set_actions(self._actions_for(view))
        detail.papers.clear()
        for stored in mediation_papers.list_papers(self.ctx.session, case.id):
            item = QListWidgetItem(f"{format_date(stored.paper.on)} {stored.kind.label}")
            item.setData(PaperIdRole, stored.id)
            detail.papers.addItem(item)
        intake = QListWidgetItem(self.tr("Intake register"))
        intake.setData(PaperIdRole, "intake")
        detail.papers.insertItem(0, intake)
        detail.history.clear()
        for event in view.events:
            text = f"{format_date(event.on)} {event.event_kind.label}"
            if event.detail:
                text += f"：{event.detail}"
            item = QListWidgetItem(f"{text}\n{event.operator}")
            if event.event_kind is EventKind.TOWN_REPLY:
                item.setForeground(Qt.GlobalColor.darkBlue)
            elif event.event_kind is EventKind.ESCALATED:
                item.setForeground(Qt.GlobalColor.darkRed)
            detail.history.addItem(item)
        self.dossier_button.setEnabled(True)

    # --- actions ---------------------------------------------------------------------

    def _actions_for(self, view: CaseView) -> list[tuple[str, str, Callable[[], None]]]:
        labels: dict[str, tuple[str, Callable[[], None]]] = {
            "accept": (self.tr("Accept"), self.accept_case),
            "refuse": (self.tr("Refuse"), self.refuse_case),
            "refer": (self.tr("Refer"), self.refer_case),
            "rights_notice": (self.tr("Rights notice given"), self.rights_notice),
            "investigation": (self.tr("Investigation record"), self.investigation),
            "session": (self.tr("Session record"), self.record_session),
            "agreement": (self.tr("Agreement reached"), self.record_agreement),
            "terminate": (self.tr("Terminate"), self.terminate),
            "follow_up": (self.tr("Follow-up visit"), self.follow_up),
            "performed": (self.tr("Performed"), lambda: self.performance(True)),
            "not_performed": (self.tr("Not performed"), lambda: self.performance(False)),
            "judicial_confirmation": (self.tr("Judicial confirmation"), self.confirmation),
            "archive": (self.tr("Archive"), self.archive),
            "escalate": (self.tr("Escalate to town"), self.escalate),
            "reply": (self.tr("Reply"), self.reply),
            "edit": (self.tr("Edit details"), self.edit_details),
        }
        actions = [(key, *labels[key]) for key in view.allowed if key in labels]
        if view.case.agreement_form == "written":
            actions.append(("print_agreement", self.tr("Print agreement"), self.print_agreement))
        return actions

    def _form(
        self, title: str, specs: list[FieldSpec], submit: Callable[[dict[str, Any]], object]
    ) -> MediationFormDialog:
        def run(values: dict[str, Any]) -> object:
            return self.ctx.run(lambda: submit(values))

        dialog = MediationFormDialog(title, specs, run, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _case_id(self) -> str:
        assert self.view is not None
        return self.view.case.id

    def _date(self, label: str = "") -> FieldSpec:
        return FieldSpec("on", label or self.tr("Date"), "date")

    def accept_case(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Accept the case"),
            [self._date(), FieldSpec("note", self.tr("Note"), "text")],
            lambda v: mediation.accept_case(self.ctx.session, cid, on=v["on"], note=v["note"]),
        )

    def refuse_case(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Refuse the case"),
            [self._date(), FieldSpec("reason", self.tr("Reason"), "text")],
            lambda v: mediation.refuse_case(self.ctx.session, cid, on=v["on"], reason=v["reason"]),
        )

    def refer_case(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Refer the case"),
            [
                self._date(),
                FieldSpec("to", self.tr("Referred to")),
                FieldSpec("reason", self.tr("Reason"), "text"),
            ],
            lambda v: mediation.refer_case(
                self.ctx.session, cid, on=v["on"], to=v["to"], reason=v["reason"]
            ),
        )

    def rights_notice(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Rights notice given"),
            [
                self._date(),
                FieldSpec("manner", self.tr("Manner"), "choice", ("书面告知", "口头告知")),
            ],
            lambda v: mediation.record_paper(self.ctx.session, cid, RightsNotice(**v)),
        )

    def investigation(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Investigation record"),
            [
                self._date(),
                FieldSpec("place", self.tr("Place")),
                FieldSpec("investigator", self.tr("Investigator")),
                FieldSpec("subject", self.tr("Person questioned")),
                FieldSpec("content", self.tr("Content"), "text"),
            ],
            lambda v: mediation.record_investigation(self.ctx.session, cid, Investigation(**v)),
        )

    def record_session(self) -> MediationFormDialog:
        cid = self._case_id()
        assert self.view is not None
        present = "、".join([p.name for p in self.view.parties] + self.view.mediators)
        return self._form(
            self.tr("Session record"),
            [
                self._date(),
                FieldSpec("time", self.tr("Time"), default="09:00"),
                FieldSpec("place", self.tr("Place"), default="村委会调解室"),
                FieldSpec("present", self.tr("Present"), default=present),
                FieldSpec("statements", self.tr("Statements and course"), "text"),
                FieldSpec("outcome", self.tr("Outcome"), "text"),
            ],
            lambda v: mediation.record_session(self.ctx.session, cid, SessionRecord(**v)),
        )

    def record_agreement(self) -> MediationFormDialog:
        cid = self._case_id()
        assert self.view is not None
        written, oral = self.tr("Written agreement"), self.tr("Oral agreement")
        recorder = self.ctx.session.operator

        def submit(v: dict[str, Any]) -> object:
            if v.pop("form") == oral:
                paper: WrittenAgreement | OralAgreement = OralAgreement(
                    on=v["on"],
                    content="；".join(v["terms"]),
                    performance_manner=v["performance_manner"],
                    performance_due=v["performance_due"],
                )
            else:
                paper = WrittenAgreement(**v)
            return mediation.record_agreement(self.ctx.session, cid, paper)

        return self._form(
            self.tr("Agreement reached"),
            [
                FieldSpec("form", self.tr("Form"), "choice", (written, oral)),
                self._date(),
                FieldSpec("facts", self.tr("Facts, matters and responsibilities"), "text"),
                FieldSpec(
                    "terms",
                    self.tr("Terms (one per line)"),
                    "terms",
                    placeholder=self.tr("One term per line; they are numbered when printed"),
                ),
                FieldSpec(
                    "performance_manner", self.tr("Manner of performance"), default="自行履行"
                ),
                FieldSpec("performance_place", self.tr("Place of performance")),
                FieldSpec("performance_due", self.tr("Perform by"), placeholder="2026-12-31"),
                FieldSpec("copies", self.tr("Copies"), "int", default=len(self.view.parties) + 1),
                FieldSpec("recorder", self.tr("Recorder"), default=recorder),
            ],
            submit,
        )

    def terminate(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Terminate the mediation"),
            [
                self._date(),
                FieldSpec("reason", self.tr("Reason"), "text"),
                FieldSpec("routes", self.tr("Routes explained"), "checks", TERMINATION_ROUTES),
            ],
            lambda v: mediation.terminate_case(
                self.ctx.session, cid, on=v["on"], reason=v["reason"], routes=v["routes"]
            ),
        )

    def follow_up(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Follow-up visit"),
            [
                self._date(),
                FieldSpec("visitor", self.tr("Visitor"), default=self.ctx.session.operator),
                FieldSpec("performance", self.tr("Performance"), "choice", PERFORMANCE),
                FieldSpec("satisfaction", self.tr("Satisfaction"), "choice", SATISFACTION),
                FieldSpec("remaining_risk", self.tr("Remaining risk"), "text"),
                FieldSpec("measures", self.tr("Measures"), "text"),
                FieldSpec("next_visit", self.tr("Next visit"), placeholder="2026-12-31"),
            ],
            lambda v: mediation.record_follow_up(self.ctx.session, cid, FollowUp(**v)),
        )

    def performance(self, performed: bool) -> MediationFormDialog:
        cid = self._case_id()
        title = self.tr("Agreement performed") if performed else self.tr("Agreement not performed")
        return self._form(
            title,
            [self._date(), FieldSpec("note", self.tr("Note"), "text")],
            lambda v: mediation.confirm_performance(
                self.ctx.session, cid, on=v["on"], performed=performed, note=v["note"]
            ),
        )

    def confirmation(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Judicial confirmation"),
            [
                self._date(),
                FieldSpec("court", self.tr("Court")),
                FieldSpec("ruling_no", self.tr("Ruling no.")),
                FieldSpec("result", self.tr("Result"), "choice", CONFIRMATION_RESULTS),
            ],
            lambda v: mediation.record_paper(self.ctx.session, cid, JudicialConfirmation(**v)),
        )

    def archive(self) -> MediationFormDialog:
        cid = self._case_id()
        assert self.view is not None
        return self._form(
            self.tr("Archive with closing report"),
            [
                self._date(),
                FieldSpec("result", self.tr("Result"), default=self.view.case.case_state.label),
                FieldSpec("summary", self.tr("Closing summary"), "text"),
            ],
            lambda v: mediation.archive_case(self.ctx.session, cid, ClosingReport(**v)),
        )

    def escalate(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Escalate to the town"),
            [self._date(), FieldSpec("reason", self.tr("Reason"), "text")],
            lambda v: mediation.escalate_case(
                self.ctx.session, cid, on=v["on"], reason=v["reason"]
            ),
        )

    def reply(self) -> MediationFormDialog:
        cid = self._case_id()
        return self._form(
            self.tr("Reply to the village"),
            [self._date(), FieldSpec("text", self.tr("Reply"), "text")],
            lambda v: mediation.reply_to_escalation(self.ctx.session, cid, v["text"], on=v["on"]),
        )

    def edit_details(self) -> MediationFormDialog:
        assert self.view is not None
        case = self.view.case
        types = mediation.dispute_types(self.ctx.session)

        def submit(v: dict[str, Any]) -> object:
            from dataclasses import replace

            from sanzhi_desktop.gui.dialogs.mediation_case_dialog import yuan_to_fen

            fen = yuan_to_fen(v["amount"])
            return mediation.update_case_details(
                self.ctx.session,
                replace(
                    case,
                    dispute_type=v["dispute_type"],
                    summary=v["summary"],
                    amount_fen=-1 if fen is None else fen,
                    people_involved=v["people_involved"],
                ),
            )

        return self._form(
            self.tr("Edit case details"),
            [
                FieldSpec(
                    "dispute_type", self.tr("Dispute type"), "choice", types, case.dispute_type
                ),
                FieldSpec("summary", self.tr("Summary"), "text", default=case.summary),
                FieldSpec(
                    "amount", self.tr("Amount (yuan)"), default=f"{case.amount_fen / 100:.2f}"
                ),
                FieldSpec(
                    "people_involved", self.tr("People involved"), "int", case.people_involved
                ),
            ],
            submit,
        )

    # --- toolbar -----------------------------------------------------------------------

    def new_case(self) -> QWidget:
        from sanzhi_desktop.gui.dialogs.mediation_case_dialog import MediationCaseDialog

        dialog = MediationCaseDialog(self.ctx, parent=self)
        dialog.accepted.connect(lambda: self._after_new(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _after_new(self, dialog: Any) -> None:
        self.refresh()
        if dialog.case is not None:
            self.select_case(dialog.case.id)

    def edit_committee(self) -> MediationFormDialog:
        members = mediators.list_mediators(self.ctx.session)
        listing = "、".join(f"{m.name}（{m.role}）" for m in members) or self.tr("none yet")

        def submit(v: dict[str, Any]) -> object:
            return self.ctx.run(lambda: mediators.add_mediator(self.ctx.session, Mediator(**v)))

        dialog = MediationFormDialog(
            self.tr("Add a committee member"),
            [
                FieldSpec("name", self.tr("Name")),
                FieldSpec("role", self.tr("Role"), "choice", ("主任", "副主任", "委员", "调解员")),
                FieldSpec("phone", self.tr("Phone")),
            ],
            submit,
            parent=self,
        )
        note = QLabel(self.tr("Members now: {0}").format(listing), dialog)
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {MUTED_COLOR};")
        dialog.layout().insertWidget(0, note)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def open_report(self) -> QWidget:
        from sanzhi_desktop.gui.dialogs.mediation_report_dialog import MediationReportDialog

        dialog = MediationReportDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.last_dialog = dialog
        return dialog

    def _preview(self, make: Callable[[], bytes], title: str, name: str) -> PdfPreviewDialog | None:
        try:
            pdf = make()
        except SanzhiError as exc:
            show_error(self, exc)
            return None
        dialog = preview_pdf(self, pdf, title=title, suggested_name=name)
        self.last_dialog = dialog
        return dialog

    def print_agreement(self) -> PdfPreviewDialog | None:
        if self.view is None:
            return None
        cid, no = self.view.case.id, self.view.case.dossier_no
        return self._preview(
            lambda: mediation_papers.agreement_pdf(self.ctx.session, cid),
            self.tr("Mediation agreement"),
            f"人民调解协议书-{no}.pdf",
        )

    def print_dossier(self) -> PdfPreviewDialog | None:
        if self.view is None:
            return None
        cid, no = self.view.case.id, self.view.case.dossier_no
        return self._preview(
            lambda: mediation_papers.dossier_pdf(self.ctx.session, cid),
            self.tr("Dossier"),
            f"人民调解卷宗-{no}.pdf",
        )

    def _open_paper(self, item: QListWidgetItem) -> None:
        if self.view is None:
            return
        cid, paper_id = self.view.case.id, str(item.data(PaperIdRole))
        if paper_id == "intake":
            make = lambda: mediation_papers.intake_pdf(self.ctx.session, cid)  # noqa: E731
        else:
            make = lambda: mediation_papers.paper_pdf(self.ctx.session, cid, paper_id)  # noqa: E731
        self._preview(make, item.text(), f"{item.text()}.pdf")
