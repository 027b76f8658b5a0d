"""公开栏: notices, quarterly finance, 四议两公开 and the issue wall, on one page.

Shaped like every page (UI.md): header with 新建 / 打印 / 更多, a search box
over all three record kinds, then one tab per board, each a table with a
detail pane that shows the record's workflow as a step row and only the
actions its state allows. Every action is a service call followed by
``ctx.changed(table)``; refusals from the services are shown as they come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain import decisions as decision_rules
from sanzhi_desktop.domain.decisions import (
    MEETING_FORMS,
    MOTION_SOURCES,
    STEP_SHORT,
    Decision,
    DecisionStep,
)
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.issue_wall import (
    ISSUE_CATEGORIES,
    ISSUE_STEPS,
    IssueItem,
    IssueStatus,
    is_overdue,
)
from sanzhi_desktop.domain.notices import BOARDS, LIFECYCLE, NoticeCategory, NoticeStatus
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.boards_form import BoardsFormDialog, Field
from sanzhi_desktop.gui.dialogs.finance_dialog import FinanceDialog
from sanzhi_desktop.gui.dialogs.notice_dialog import NoticeDialog
from sanzhi_desktop.gui.pdf_preview import preview_pdf
from sanzhi_desktop.gui.table_export import export_view
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import (
    ERROR_COLOR,
    EmptyState,
    PageHeader,
    StepRow,
    detail_title,
    format_date,
)
from sanzhi_desktop.services import board_search, decisions, finance, issue_wall, notices

BOARD_TABLES = frozenset(
    {
        "",
        "notices",
        "notice_objections",
        "finance_disclosures",
        "decisions",
        "decision_steps",
        "issue_wall",
        "disclosure_catalogue",
    }
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


class RecordTab(QWidget):
    """A filter bar, a table and a detail pane (title, step row, fields, actions)."""

    def __init__(self, name: str, headers: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.filter_bar = QHBoxLayout()
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName(f"{name}Table")
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        self.empty = EmptyState("", self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.detail = QWidget(self)
        self.detail.setObjectName(f"{name}Detail")
        self.title = detail_title(self.detail)
        self.steps = StepRow(self.detail)
        self.fields = QLabel(self.detail)
        self.fields.setObjectName("detailFields")
        self.fields.setWordWrap(True)
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fields.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.actions = QWidget(self.detail)
        self.actions_layout = QVBoxLayout(self.actions)
        self.actions_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.title)
        detail_layout.addWidget(self.steps)
        detail_layout.addWidget(self.fields)
        detail_layout.addWidget(self.actions)
        detail_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(400)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.stack)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setSizes([780, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(self.filter_bar)
        layout.addWidget(splitter, 1)
        self.show_detail(None)

    def fill(self, rows: list[tuple[str, list[str], bool]], empty_text: str) -> None:
        """``rows``: (record id, cells, highlight in red)."""
        selected = self.selected_id()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for r, (record_id, cells, alert) in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ID_ROLE, record_id)
                if alert:
                    item.setForeground(QColor(ERROR_COLOR))
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        self.empty.setText(empty_text)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if not (selected and self.select(selected)):
            self.table.clearSelection()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item else None

    def select(self, record_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == record_id:
                self.table.selectRow(row)
                self.table.scrollToItem(item)
                return True
        return False

    def show_detail(self, title: str | None, fields: Sequence[tuple[str, str]] = ()) -> None:
        self.detail.setVisible(title is not None)
        self.title.setText(title or "")
        rows = "".join(
            f"<tr><td style='color:#666;padding-right:8px;white-space:nowrap'>{k}</td>"
            f"<td>{_html(v)}</td></tr>"
            for k, v in fields
        )
        self.fields.setText(f"<table>{rows}</table>")
        self.clear_actions()

    def clear_actions(self) -> None:
        """Remove the old buttons now (unparented), so only the allowed actions remain."""
        while (item := self.actions_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()

    def add_action(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self.actions)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        self.actions_layout.addWidget(button)
        return button


def _html(text: str) -> str:
    return (text or "—").replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br/>")


class BoardsPage(QWidget):
    """公开栏: the public boards and everything behind them."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.header = PageHeader(self.tr("Public boards"), self)
        self.new_button = self.header.add_button(
            self.tr("New"),
            self.new_record,
            object_name="boardsNew",
            shortcut=QKeySequence.StandardKey.New,
            tooltip=self.tr("New record in this tab (Ctrl+N)"),
        )
        self.print_button = self.header.add_button(
            self.tr("Print"),
            self.print_selected,
            object_name="boardsPrint",
            shortcut=QKeySequence.StandardKey.Print,
            tooltip=self.tr("Print the selected record (Ctrl+P)"),
        )
        self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportXlsx",
            tooltip=self.tr("Save the table of this tab as .xlsx"),
        )
        more = self.header.add_menu_button(self.tr("More"), object_name="boardsMore")
        more.addAction(
            self.tr("Print the selected notice on A3"), lambda: self.print_selected("A3")
        )
        more.addAction(self.tr("Print the issue and response wall"), self.print_issue_wall)

        self.search = QLineEdit(self)
        self.search.setObjectName("boardsSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search notices, decisions and the issue wall (Ctrl+F)")
        )
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.results = QListWidget(self)
        self.results.setObjectName("boardsSearchResults")
        self.results.itemActivated.connect(self._open_result)
        self.results.itemClicked.connect(self._open_result)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("boardsTabs")
        self.notices_tab = RecordTab(
            "notices",
            [
                self.tr("Posted"),
                self.tr("Category"),
                self.tr("Title"),
                self.tr("Status"),
                self.tr("Objections"),
            ],
            self,
        )
        self.category_combo = QComboBox(self)
        self.category_combo.setObjectName("noticeCategory")
        self.category_combo.addItem(self.tr("All categories"), "")
        for category in NoticeCategory:
            self.category_combo.addItem(category.value, category.value)
        self.category_combo.activated.connect(lambda _i: self.refresh_notices())
        self.notices_tab.filter_bar.addWidget(self.category_combo)
        self.notices_tab.filter_bar.addStretch(1)
        self.finance_tab = RecordTab(
            "finance",
            [
                self.tr("Quarter"),
                self.tr("Income"),
                self.tr("Expense"),
                self.tr("Closing balance"),
                self.tr("Disclosure"),
            ],
            self,
        )
        self.deadline_label = QLabel(self)
        self.deadline_label.setObjectName("financeDeadlines")
        self.deadline_label.setWordWrap(True)
        self.finance_tab.filter_bar.addWidget(self.deadline_label, 1)
        self.decisions_tab = RecordTab(
            "decisions",
            [self.tr("Matter"), self.tr("Source"), self.tr("Started"), self.tr("Step")],
            self,
        )
        self.issues_tab = RecordTab(
            "issues",
            [
                self.tr("Raised"),
                self.tr("Category"),
                self.tr("Problem"),
                self.tr("Responsible"),
                self.tr("Deadline"),
                self.tr("Status"),
            ],
            self,
        )
        self.circulars_tab = RecordTab(
            "circulars",
            [
                self.tr("Date"),
                self.tr("Category"),
                self.tr("Title"),
                self.tr("Addressed to"),
                self.tr("Posted here"),
            ],
            self,
        )
        self.tabs.addTab(self.notices_tab, self.tr("Notices"))
        self.tabs.addTab(self.finance_tab, self.tr("Finance"))
        self.tabs.addTab(self.decisions_tab, self.tr("Four-two procedure"))
        self.tabs.addTab(self.issues_tab, self.tr("Issue wall"))
        self.tabs.addTab(self.circulars_tab, self.tr("Town circulars"))
        self.tabs.currentChanged.connect(lambda _i: self._update_toolbar())

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.search)
        layout.addWidget(self.stack, 1)

        for tab, show in (
            (self.notices_tab, self.show_notice),
            (self.finance_tab, self.show_finance),
            (self.decisions_tab, self.show_decision),
            (self.issues_tab, self.show_issue),
            (self.circulars_tab, self.show_circular),
        ):
            tab.table.selectionModel().selectionChanged.connect(lambda *_a, s=show: s())
        ctx.bus.data_changed.connect(self._on_data_changed)
        self.refresh()

    # --- loading --------------------------------------------------------------------------

    def _on_data_changed(self, table: str) -> None:
        if table in BOARD_TABLES:
            self._stale = True
            if self.isVisible():
                QTimer.singleShot(0, self, self._refresh_if_stale)

    def export_xlsx(self) -> Path | None:
        """Save the current tab's table, as shown, as .xlsx."""
        tab = self.tabs.currentWidget()
        assert isinstance(tab, RecordTab)
        title = self.tabs.tabText(self.tabs.currentIndex())
        return export_view(
            self, tab.table, title=title, suggested_name=title, session=self.ctx.session
        )

    def _refresh_if_stale(self) -> None:
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.ctx.session.profile is None:
            return
        self.refresh_notices()
        self.refresh_finance()
        self.refresh_decisions()
        self.refresh_issues()
        self.refresh_circulars()
        if self.search.text().strip():
            self.run_search()
        self._update_toolbar()

    def refresh_notices(self) -> None:
        rows = notices.list_notices(
            self.ctx.session, category=self.category_combo.currentData() or ""
        )
        self.notices_tab.fill(
            [
                (
                    r.notice.id,
                    [
                        r.notice.posted_date or "—",
                        r.notice.category,
                        r.notice.title,
                        r.status.label,
                        f"{r.open_objections}/{r.objections}" if r.objections else "",
                    ],
                    r.open_objections > 0,
                )
                for r in rows
            ],
            self.tr("No notices yet. Click New to write the first one."),
        )
        self.show_notice()

    def refresh_finance(self) -> None:
        rows = []
        for row in finance.list_finance(self.ctx.session):
            disclosure = finance.FinanceDisclosure.from_record(row)
            status = row["notice_status"]
            label = NoticeStatus(status).label if status else self.tr("no notice yet")
            rows.append(
                (
                    disclosure.id,
                    [
                        f"{disclosure.year}Q{disclosure.quarter}",
                        _yuan(disclosure.income_fen()),
                        _yuan(disclosure.expense_fen()),
                        _yuan(disclosure.closing_fen),
                        label,
                    ],
                    status not in ("posted", "archived"),
                )
            )
        self.finance_tab.fill(
            rows, self.tr("No finance disclosure yet. Click New to enter a quarter.")
        )
        from sanzhi_desktop.domain.disclosure_catalogue import Deadline
        from sanzhi_desktop.services.disclosure_catalogue import deadlines, finance_item

        code = finance_item(self.ctx.session).code
        open_items = [
            d.text
            for d in deadlines(self.ctx.session)
            if d.item.code == code and d.state in (Deadline.OVERDUE, Deadline.DUE_SOON)
        ]
        self.deadline_label.setText("；".join(open_items))
        self.deadline_label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.show_finance()

    def refresh_decisions(self) -> None:
        rows = []
        for row in decisions.list_decisions(self.ctx.session):
            last = int(row["last_step"] or 0)
            step = STEP_SHORT[last - 1] if last else self.tr("not started")
            rows.append(
                (
                    str(row["id"]),
                    [
                        str(row["title"]),
                        str(row["source"]),
                        str(row["created_on"]),
                        f"{last}/6 {step}",
                    ],
                    False,
                )
            )
        self.decisions_tab.fill(rows, self.tr("No matters yet. Click New to start one."))
        self.show_decision()

    def refresh_issues(self) -> None:
        today = date.today()
        rows = []
        for item in issue_wall.list_issues(self.ctx.session):
            overdue = is_overdue(item, today)
            status = self.tr("overdue") if overdue else IssueStatus(item.status).label
            rows.append(
                (
                    item.id,
                    [
                        item.raised_on,
                        item.category,
                        item.content,
                        item.responsible,
                        item.deadline,
                        status,
                    ],
                    overdue,
                )
            )
        self.issues_tab.fill(rows, self.tr("No problems recorded yet. Click New to add one."))
        self.show_issue()

    def refresh_circulars(self) -> None:
        rows = [
            (
                c.id,
                [
                    c.posted_date,
                    c.category,
                    c.title,
                    self.tr("all villages") if c.addressee == "*" else c.addressee,
                    self.tr("yes") if posted else self.tr("no"),
                ],
                not posted,
            )
            for c, posted in notices.list_circulars(self.ctx.session)
        ]
        self.circulars_tab.fill(rows, self.tr("No circulars from the town."))
        self.show_circular()

    def _update_toolbar(self) -> None:
        tab = self.tabs.currentWidget()
        town = (
            self.ctx.session.profile is not None
            and self.ctx.session.profile.kind is OfficeKind.TOWN
        )
        self.new_button.setEnabled(tab is not self.circulars_tab or town)

    # --- details --------------------------------------------------------------------------

    def _try(self, fn: Callable[[], object], table: str) -> bool:
        try:
            fn()
        except SanzhiError as exc:
            show_error(self, exc)
            return False
        self.ctx.changed(table)
        self._refresh_if_stale()
        return True

    def _form(
        self,
        title: str,
        fields: Sequence[Field],
        submit: Callable[[dict[str, Any]], object],
        table: str,
    ) -> BoardsFormDialog:
        dialog = BoardsFormDialog(title, fields, submit, self)
        dialog.accepted.connect(lambda: (self.ctx.changed(table), self._refresh_if_stale()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def show_notice(self) -> None:
        tab = self.notices_tab
        notice_id = tab.selected_id()
        if notice_id is None:
            tab.show_detail(None)
            return
        session = self.ctx.session
        notice = notices.get_notice(session, notice_id)
        status = next(r.status for r in notices.list_notices(session) if r.notice.id == notice_id)
        objections = notices.list_objections(session, notice_id)
        end = notice.publicity_end()
        review = f"{notice.reviewer} {format_date(notice.review_date)} {notice.review_opinion}"
        fields = [
            (self.tr("Category"), notice.category),
            (self.tr("Status"), status.label),
            (self.tr("Text"), notice.body),
            (self.tr("Basis"), notice.basis),
            (self.tr("Catalogue item"), f"{notice.catalogue_item} {notice.period}".strip()),
            (self.tr("Review"), review),
            (self.tr("Posted"), f"{format_date(notice.posted_date)} {notice.board}".strip()),
            (self.tr("Publicity until"), format_date(end.isoformat()) if end else ""),
            (self.tr("Attachments"), "、".join(notice.attachment_list())),
        ]
        if notice.supersedes:
            fields.append(
                (self.tr("Corrects"), notices.get_notice(session, notice.supersedes).title)
            )
        if notice.superseded_by:
            fields.append(
                (self.tr("Corrected by"), notices.get_notice(session, notice.superseded_by).title)
            )
        for o in objections:
            answer = (
                f"\n→ {o.answer}（{o.answered_by} {o.answered_on}）"
                if o.answered
                else "\n→ " + self.tr("not answered")
            )
            fields.append(
                (self.tr("Objection"), f"{o.raised_on} {o.raised_by}：{o.content}{answer}")
            )
        tab.show_detail(notice.title, fields)
        tab.steps.set_steps(
            self._notice_steps(),
            LIFECYCLE.index(status) if status is not NoticeStatus.ARCHIVED else len(LIFECYCLE),
        )
        if status is NoticeStatus.DRAFT:
            tab.add_action(self.tr("Edit"), "editNotice", lambda: self._edit_notice(notice_id))
            tab.add_action(
                self.tr("Send to supervision review"),
                "submitNotice",
                lambda: self._try(lambda: notices.submit_for_review(session, notice_id), "notices"),
            )
            tab.add_action(
                self.tr("Delete draft"), "deleteNotice", lambda: self._delete_notice(notice_id)
            )
        if status is NoticeStatus.REVIEW:
            tab.add_action(
                self.tr("Record review"), "reviewNotice", lambda: self._review(notice_id)
            )
        if status is NoticeStatus.APPROVED:
            tab.add_action(
                self.tr("Post on the board"),
                "postNotice",
                lambda: self._post(notice_id, notice.publicity_days),
            )
        if status is NoticeStatus.POSTED:
            tab.add_action(
                self.tr("Record objection"), "objectNotice", lambda: self._objection(notice_id)
            )
        for o in objections:
            if not o.answered:
                tab.add_action(
                    self.tr("Answer objection of {0}").format(o.raised_by),
                    "answerObjection",
                    lambda oid=o.id: self._answer(oid),
                )
        if status is NoticeStatus.EXPIRED:
            tab.add_action(
                self.tr("Archive"),
                "archiveNotice",
                lambda: self._try(lambda: notices.archive_notice(session, notice_id), "notices"),
            )
        if (
            status in (NoticeStatus.POSTED, NoticeStatus.EXPIRED, NoticeStatus.ARCHIVED)
            and not notice.superseded_by
        ):
            tab.add_action(
                self.tr("Correct (new notice)"), "correctNotice", lambda: self._correct(notice_id)
            )
        tab.add_action(self.tr("Print"), "printNotice", lambda: self._preview_notice(notice_id))

    def _notice_steps(self) -> list[str]:
        """Short step names, so six fit the detail pane."""
        return [
            self.tr("Draft"),
            self.tr("Review"),
            self.tr("Approved"),
            self.tr("Posted"),
            self.tr("Ended"),
            self.tr("Archived"),
        ]

    def _edit_notice(self, notice_id: str) -> None:
        dialog = NoticeDialog(self.ctx, notices.get_notice(self.ctx.session, notice_id), self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self._refresh_if_stale)
        dialog.open()

    def _delete_notice(self, notice_id: str) -> None:
        title = notices.get_notice(self.ctx.session, notice_id).title
        answer = QMessageBox.question(
            self, self.tr("Delete draft"), self.tr("Delete the draft “{0}”?").format(title)
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._try(lambda: notices.delete_draft(self.ctx.session, notice_id), "notices")

    def _review(self, notice_id: str) -> BoardsFormDialog:
        approve, back = self.tr("Approve"), self.tr("Send back to draft")
        return self._form(
            self.tr("Supervision committee review"),
            [
                Field("reviewer", self.tr("Reviewer")),
                Field("opinion", self.tr("Opinion"), "text"),
                Field("on", self.tr("Date"), "date"),
                Field("decision", self.tr("Decision"), "combo", approve, [approve, back]),
            ],
            lambda v: notices.record_review(
                self.ctx.session,
                notice_id,
                reviewer=v["reviewer"],
                opinion=v["opinion"],
                on=v["on"],
                approve=v["decision"] == approve,
            ),
            "notices",
        )

    def _post(self, notice_id: str, days: int) -> BoardsFormDialog:
        return self._form(
            self.tr("Post on the board"),
            [
                Field("on", self.tr("Posting date"), "date"),
                Field("days", self.tr("Publicity days"), "int", days, maximum=365),
                Field("board", self.tr("Board"), "editable_combo", BOARDS[0], BOARDS),
            ],
            lambda v: notices.post_notice(
                self.ctx.session, notice_id, on=v["on"], publicity_days=v["days"], board=v["board"]
            ),
            "notices",
        )

    def _objection(self, notice_id: str) -> BoardsFormDialog:
        return self._form(
            self.tr("Record objection"),
            [
                Field("raised_by", self.tr("Raised by")),
                Field("content", self.tr("Objection"), "text"),
                Field("on", self.tr("Date"), "date"),
            ],
            lambda v: notices.record_objection(
                self.ctx.session,
                notice_id,
                raised_by=v["raised_by"],
                content=v["content"],
                raised_on=v["on"],
            ),
            "notice_objections",
        )

    def _answer(self, objection_id: str) -> BoardsFormDialog:
        return self._form(
            self.tr("Answer objection"),
            [
                Field("answer", self.tr("Answer"), "text"),
                Field("answered_by", self.tr("Answered by"), "line", self.ctx.session.operator),
                Field("on", self.tr("Date"), "date"),
            ],
            lambda v: notices.answer_objection(
                self.ctx.session,
                objection_id,
                answer=v["answer"],
                answered_by=v["answered_by"],
                on=v["on"],
            ),
            "notice_objections",
        )

    def _correct(self, notice_id: str) -> None:
        try:
            correction = notices.correct_notice(self.ctx.session, notice_id)
        except SanzhiError as exc:
            show_error(self, exc)
            return
        self.ctx.changed("notices")
        self._refresh_if_stale()
        self.notices_tab.select(correction.id)
        self._edit_notice(correction.id)

    def _preview_notice(self, notice_id: str, page: str = "A4") -> None:
        notice = notices.get_notice(self.ctx.session, notice_id)
        self._preview(
            lambda: notices.notice_pdf(self.ctx.session, notice_id, page=page), notice.title
        )

    def _finance_title(self, year: int, quarter: int) -> str:
        """The preview's title; a quarter not yet approved is offered as a draft only."""
        title = self.tr("Finance {0} Q{1}").format(year, quarter)
        if finance.is_draft_quarter(self.ctx.session, year, quarter):
            title = self.tr("{0} (draft, not approved)").format(title)
        return title

    def _preview(self, build: Callable[[], bytes], title: str) -> None:
        try:
            pdf = build()
        except SanzhiError as exc:
            show_error(self, exc)
            return
        preview_pdf(self, pdf, title=title, suggested_name=f"{title}.pdf")

    def show_finance(self) -> None:
        tab = self.finance_tab
        finance_id = tab.selected_id()
        if finance_id is None:
            tab.show_detail(None)
            return
        d = finance.get_finance_by_id(self.ctx.session, finance_id)
        lines = "\n".join(
            f"{'收入' if x.kind == 'income' else '支出'}·{x.item} {_yuan(x.amount_fen)} {x.summary}"
            for x in d.line_list()
        )
        notice = notices.get_notice(self.ctx.session, d.notice_id) if d.notice_id else None
        tab.show_detail(
            self.tr("{0} Q{1} finance").format(d.year, d.quarter),
            [
                (self.tr("Opening balance"), _yuan(d.opening_fen)),
                (self.tr("Income"), _yuan(d.income_fen())),
                (self.tr("Expense"), _yuan(d.expense_fen())),
                (self.tr("Closing balance"), _yuan(d.closing_fen)),
                (self.tr("Lines"), lines),
                (self.tr("Finance review group"), f"{d.review_opinion}（{d.review_members}）"),
                (
                    self.tr("Notice"),
                    f"{notice.title}：{NoticeStatus(notice.status).label}" if notice else "",
                ),
            ],
        )
        tab.steps.set_steps(
            self._notice_steps(), LIFECYCLE.index(NoticeStatus(notice.status)) if notice else None
        )
        if notice is None or notice.status == NoticeStatus.DRAFT.value:
            tab.add_action(self.tr("Edit figures"), "editFinance", lambda: self._finance_dialog(d))
        if notice is None:
            tab.add_action(
                self.tr("Make the finance notice"),
                "makeFinanceNotice",
                lambda: self._try(
                    lambda: finance.make_finance_notice(self.ctx.session, d.year, d.quarter),
                    "notices",
                ),
            )
        else:
            tab.add_action(
                self.tr("Open the notice"),
                "openFinanceNotice",
                lambda: self.select_record("notices", notice.id),
            )
        tab.add_action(
            self.tr("Print"),
            "printFinance",
            lambda: self._preview(
                lambda: finance.finance_pdf(self.ctx.session, d.year, d.quarter),
                self._finance_title(d.year, d.quarter),
            ),
        )

    def _finance_dialog(self, disclosure: finance.FinanceDisclosure | None = None) -> FinanceDialog:
        dialog = FinanceDialog(self.ctx, disclosure, self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.accepted.connect(self._refresh_if_stale)
        dialog.open()
        return dialog

    def show_decision(self) -> None:
        tab = self.decisions_tab
        decision_id = tab.selected_id()
        if decision_id is None:
            tab.show_detail(None)
            return
        decision = decisions.get_decision(self.ctx.session, decision_id)
        steps = decisions.list_steps(self.ctx.session, decision_id)
        fields = [(self.tr("Source"), decision.source), (self.tr("Summary"), decision.summary)]
        for s in steps:
            figures = (
                f"（应到{s.expected} 实到{s.present} 同意{s.approve}）" if s.is_meeting else ""
            )
            fields.append(
                (
                    f"{s.step}. {STEP_SHORT[s.step - 1]}",
                    f"{s.held_on} {s.form}{figures}\n{s.content} · {s.outcome}",
                )
            )
        tab.show_detail(decision.title, fields)
        nxt = decision_rules.next_step(steps)
        tab.steps.set_steps(list(STEP_SHORT), (nxt - 1) if nxt else 6)
        if nxt is not None:
            tab.add_action(
                self.tr("Record step {0}: {1}").format(nxt, STEP_SHORT[nxt - 1]),
                "recordStep",
                lambda: self._step_dialog(decision_id, nxt),
            )
        tab.add_action(
            self.tr("Print register"),
            "printDecision",
            lambda: self._preview(
                lambda: decisions.decision_pdf(self.ctx.session, decision_id), decision.title
            ),
        )

    def _step_dialog(self, decision_id: str, step: int) -> BoardsFormDialog:
        fields = [
            Field("held_on", self.tr("Date"), "date"),
            Field(
                "form",
                self.tr("Form"),
                "editable_combo",
                MEETING_FORMS[step][0],
                MEETING_FORMS[step],
            ),
        ]
        if step <= 4:
            fields += [
                Field("expected", self.tr("Expected"), "int"),
                Field("present", self.tr("Present"), "int"),
                Field("approve", self.tr("Approving"), "int"),
            ]
        if step == 1:
            fields.append(
                Field(
                    "merged",
                    self.tr("Merged with step 2"),
                    "combo",
                    self.tr("no"),
                    [self.tr("no"), self.tr("yes")],
                )
            )
        fields += [
            Field("content", self.tr("Content"), "text"),
            Field("remarks", self.tr("Remarks"), "line"),
        ]

        def submit(v: dict[str, Any]) -> object:
            return decisions.record_step(
                self.ctx.session,
                DecisionStep(
                    decision_id=decision_id,
                    step=step,
                    held_on=v["held_on"].isoformat(),
                    form=v["form"],
                    expected=v.get("expected", 0),
                    present=v.get("present", 0),
                    approve=v.get("approve", 0),
                    merged=int(v.get("merged") == self.tr("yes")),
                    content=v["content"],
                    remarks=v["remarks"],
                ),
            )

        return self._form(
            self.tr("Four-two procedure: step {0}").format(step), fields, submit, "decision_steps"
        )

    def show_issue(self) -> None:
        tab = self.issues_tab
        issue_id = tab.selected_id()
        if issue_id is None:
            tab.show_detail(None)
            return
        item = issue_wall.get_issue(self.ctx.session, issue_id)
        tab.show_detail(
            item.content[:40],
            [
                (self.tr("Category"), item.category),
                (self.tr("Raised by"), f"{item.raised_by} {format_date(item.raised_on)}"),
                (self.tr("Responsible"), item.responsible),
                (self.tr("Deadline"), format_date(item.deadline)),
                (self.tr("Measures"), item.measures),
                (self.tr("Feedback"), f"{item.feedback} {format_date(item.answered_on)}".strip()),
                (self.tr("On the response wall"), format_date(item.posted_on)),
            ],
        )
        status = IssueStatus(item.status)
        labels = [self.tr("Raised"), self.tr("Assigned"), self.tr("Answered"), self.tr("Posted")]
        tab.steps.set_steps(
            labels, ISSUE_STEPS.index(status) if status is not IssueStatus.POSTED else 4
        )
        session = self.ctx.session
        if status in (IssueStatus.RAISED, IssueStatus.ASSIGNED):
            tab.add_action(
                self.tr("Assign"),
                "assignIssue",
                lambda: self._form(
                    self.tr("Assign"),
                    [
                        Field("responsible", self.tr("Responsible"), "line", item.responsible),
                        Field("deadline", self.tr("Deadline"), "date"),
                        Field("measures", self.tr("Measures"), "text", item.measures),
                    ],
                    lambda v: issue_wall.assign_issue(
                        session,
                        issue_id,
                        responsible=v["responsible"],
                        deadline=v["deadline"],
                        measures=v["measures"],
                    ),
                    "issue_wall",
                ),
            )
        if status is IssueStatus.ASSIGNED:
            tab.add_action(
                self.tr("Record feedback"),
                "answerIssue",
                lambda: self._form(
                    self.tr("Record feedback"),
                    [
                        Field("feedback", self.tr("Result"), "text"),
                        Field("on", self.tr("Date"), "date"),
                    ],
                    lambda v: issue_wall.answer_issue(
                        session, issue_id, feedback=v["feedback"], on=v["on"]
                    ),
                    "issue_wall",
                ),
            )
        if status is IssueStatus.ANSWERED:
            tab.add_action(
                self.tr("Post on the response wall"),
                "postIssue",
                lambda: self._try(lambda: issue_wall.post_answer(session, issue_id), "issue_wall"),
            )

    def show_circular(self) -> None:
        tab = self.circulars_tab
        circular_id = tab.selected_id()
        if circular_id is None:
            tab.show_detail(None)
            return
        circular = notices.get_notice(self.ctx.session, circular_id)
        tab.show_detail(
            circular.title,
            [
                (self.tr("Category"), circular.category),
                (self.tr("Text"), circular.body),
                (self.tr("Date"), format_date(circular.posted_date)),
            ],
        )
        tab.steps.set_steps([], None)
        posted = dict((c.id, p) for c, p in notices.list_circulars(self.ctx.session))
        if not posted.get(circular_id, True):
            tab.add_action(
                self.tr("Post on our board"),
                "postCircular",
                lambda: self._try(
                    lambda: notices.post_circular(self.ctx.session, circular_id), "notices"
                ),
            )
        tab.add_action(self.tr("Print"), "printCircular", lambda: self._preview_notice(circular_id))

    # --- toolbar --------------------------------------------------------------------------

    def new_record(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.notices_tab:
            dialog = NoticeDialog(self.ctx, None, self)
            dialog.finished.connect(dialog.deleteLater)
            dialog.accepted.connect(
                lambda: (
                    self._refresh_if_stale(),
                    dialog.notice and self.notices_tab.select(dialog.notice.id),
                )
            )
            dialog.open()
        elif tab is self.finance_tab:
            self._finance_dialog()
        elif tab is self.decisions_tab:
            self._form(
                self.tr("New matter"),
                [
                    Field("title", self.tr("Matter")),
                    Field("source", self.tr("Source"), "combo", MOTION_SOURCES[0], MOTION_SOURCES),
                    Field("summary", self.tr("Summary"), "text"),
                ],
                lambda v: decisions.create_decision(
                    self.ctx.session,
                    Decision(title=v["title"], source=v["source"], summary=v["summary"]),
                ),
                "decisions",
            )
        elif tab is self.issues_tab:
            self._form(
                self.tr("New problem"),
                [
                    Field(
                        "category",
                        self.tr("Category"),
                        "combo",
                        ISSUE_CATEGORIES[0],
                        ISSUE_CATEGORIES,
                    ),
                    Field("content", self.tr("Problem"), "text"),
                    Field("raised_by", self.tr("Raised by")),
                    Field("raised_on", self.tr("Date"), "date"),
                ],
                lambda v: issue_wall.raise_issue(
                    self.ctx.session,
                    IssueItem(
                        category=v["category"],
                        content=v["content"],
                        raised_by=v["raised_by"],
                        raised_on=v["raised_on"].isoformat(),
                    ),
                ),
                "issue_wall",
            )

    def print_selected(self, page: str = "A4") -> None:
        tab = self.tabs.currentWidget()
        if tab is self.notices_tab and (notice_id := self.notices_tab.selected_id()):
            self._preview_notice(notice_id, page)
        elif tab is self.finance_tab and (finance_id := self.finance_tab.selected_id()):
            d = finance.get_finance_by_id(self.ctx.session, finance_id)
            self._preview(
                lambda: finance.finance_pdf(self.ctx.session, d.year, d.quarter, page=page),
                self._finance_title(d.year, d.quarter),
            )
        elif tab is self.decisions_tab and (decision_id := self.decisions_tab.selected_id()):
            self._preview(
                lambda: decisions.decision_pdf(self.ctx.session, decision_id),
                self.tr("Four-two register"),
            )
        elif tab is self.issues_tab:
            self.print_issue_wall()

    def print_issue_wall(self) -> None:
        self._preview(
            lambda: issue_wall.issue_wall_pdf(self.ctx.session), self.tr("Issue and response wall")
        )

    # --- search and navigation ------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.stack.setCurrentWidget(self.tabs)
            return
        self.stack.setCurrentWidget(self.results)
        for hit in board_search.search_boards(self.ctx.session, text):
            item = QListWidgetItem(self.results)
            item.setData(ID_ROLE, (hit.table, hit.record_id))
            marked = "".join(
                f"<b style='color:{ERROR_COLOR}'>{_html(t)}</b>" if m else _html(t)
                for t, m in hit.parts
            )
            label = QLabel(
                f"<span style='color:#666'>[{hit.kind}]</span> {_html(hit.title)}<br/>{marked}"
            )
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(4, 2, 4, 2)
            item.setSizeHint(label.sizeHint())
            self.results.setItemWidget(item, label)
        if not self.results.count():
            QListWidgetItem(self.tr("Nothing found."), self.results)

    def _open_result(self, item: QListWidgetItem) -> None:
        data = item.data(ID_ROLE)
        if data:
            self.search.clear()
            self.select_record(*data)

    def select_record(self, table: str, record_id: str) -> None:
        """Show the tab of ``table`` and select ``record_id`` (a to-do or a search hit)."""
        self._refresh_if_stale()
        self.stack.setCurrentWidget(self.tabs)
        tab = {
            "notices": self.notices_tab,
            "notice_objections": self.notices_tab,
            "finance_disclosures": self.finance_tab,
            "decisions": self.decisions_tab,
            "decision_steps": self.decisions_tab,
            "issue_wall": self.issues_tab,
        }.get(table, self.notices_tab)
        if (
            tab is self.notices_tab
            and not self.notices_tab.select(record_id)
            and self.circulars_tab.select(record_id)
        ):
            tab = self.circulars_tab
        self.tabs.setCurrentWidget(tab)
        if record_id:
            tab.select(record_id)
