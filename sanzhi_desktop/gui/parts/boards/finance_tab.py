"""财务公开: a quarter's income and expense, and the notice that makes it public."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.finance import FinanceDisclosure
from sanzhi_desktop.domain.notices import LIFECYCLE, NoticeStatus
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.boards.finance_form import FinanceForm, disclosure_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import finance, notices


class FinanceTab(RecordTab):
    name = "finance"
    tables = frozenset({"finance_disclosures", "notices", "disclosure_catalogue"})

    def title(self) -> str:
        return self.tr("Finance")

    def columns(self) -> Sequence[Column]:
        return [
            Column(
                "quarter",
                self.tr("Quarter"),
                lambda r: self.tr("{0} Q{1}").format(r[0].year, r[0].quarter),
            ),
            Column("income", self.tr("Income"), lambda r: r[0].income_fen(), ColumnKind.MONEY),
            Column("expense", self.tr("Expense"), lambda r: r[0].expense_fen(), ColumnKind.MONEY),
            Column(
                "closing", self.tr("Closing balance"), lambda r: r[0].closing_fen, ColumnKind.MONEY
            ),
            Column("notice", self.tr("Disclosure"), lambda r: self._status_label(r[1])),
        ]

    def _status_label(self, status: str) -> str:
        return NoticeStatus(status).label if status else self.tr("no notice yet")

    def record_id(self, record: tuple[FinanceDisclosure, str]) -> str:
        return record[0].id

    def row_color(self, record: tuple[FinanceDisclosure, str]) -> str | None:
        return None if record[1] in ("posted", "archived") else ERROR_COLOR

    def empty_text(self) -> str:
        return self.tr("No finance disclosure yet. Click “New” to enter a quarter.")

    def load(self) -> list[tuple[FinanceDisclosure, str]]:
        self._show_deadlines()
        return [
            (FinanceDisclosure.from_record(row), str(row["notice_status"] or ""))
            for row in finance.list_finance(self.ctx.session)
        ]

    def _show_deadlines(self) -> None:
        """The catalogue's deadline for the finance item, in red in the filter bar, when near."""
        from sanzhi_desktop.domain.disclosure_catalogue import Deadline
        from sanzhi_desktop.services.disclosure_catalogue import deadlines, finance_item

        code = finance_item(self.ctx.session).code
        near = [
            d.text
            for d in deadlines(self.ctx.session)
            if d.item.code == code and d.state in (Deadline.OVERDUE, Deadline.DUE_SOON)
        ]
        self.filters.note.setObjectName("financeDeadlines")
        self.filters.note.setText("；".join(near))
        self.filters.note.setStyleSheet(f"color: {ERROR_COLOR};")

    def detail(self, record: tuple[FinanceDisclosure, str]) -> Detail:
        session = self.ctx.session
        d = record[0]
        notice = notices.get_notice(session, d.notice_id) if d.notice_id else None
        lines = "\n".join(
            f"{'收入' if x.kind == 'income' else '支出'}·{x.item} {format_money(x.amount_fen)} "
            f"{x.summary}".rstrip()
            for x in d.line_list()
        )
        fields = [
            (self.tr("Opening balance"), format_money(d.opening_fen)),
            (self.tr("Income"), format_money(d.income_fen())),
            (self.tr("Expense"), format_money(d.expense_fen())),
            (self.tr("Closing balance"), format_money(d.closing_fen)),
            (self.tr("Lines"), lines),
            (self.tr("Finance review group"), f"{d.review_opinion}（{d.review_members}）"),
            (
                self.tr("Notice"),
                f"{notice.title}：{NoticeStatus(notice.status).label}" if notice else "",
            ),
        ]
        draft = notice is None or notice.status == NoticeStatus.DRAFT.value
        actions = [
            Action(
                "editFinance",
                self.tr("Edit figures"),
                lambda: self.edit(d),
                refusal=""
                if draft
                else self.tr("The notice has left draft; correct the notice instead."),
            )
        ]
        if notice is None:
            actions.append(
                Action(
                    "makeFinanceNotice",
                    self.tr("Make the finance notice"),
                    lambda: self.act(
                        lambda: finance.make_finance_notice(session, d.year, d.quarter)
                    ),
                )
            )
        else:
            actions.append(
                Action(
                    "openFinanceNotice",
                    self.tr("Open the notice"),
                    lambda: self.ctx.bus.navigate.emit("boards", "notices", notice.id),
                )
            )
        actions.append(Action("printFinance", self.tr("Print"), lambda: self.print_quarter(d)))
        current = LIFECYCLE.index(NoticeStatus(notice.status)) if notice else None
        steps = [
            self.tr("Draft"),
            self.tr("Review"),
            self.tr("Approved"),
            self.tr("Posted"),
            self.tr("Ended"),
            self.tr("Archived"),
        ]
        return Detail(
            self.tr("{0} Q{1} finance").format(d.year, d.quarter), fields, steps, current, actions
        )

    def new_record(self) -> FormDialog:
        return self.edit(None)

    def edit(self, disclosure: FinanceDisclosure | None) -> FormDialog:
        def submit(values: dict[str, Any]) -> FinanceDisclosure:
            return finance.save_finance(self.ctx.session, disclosure_from(values, disclosure))

        return self.open_form(
            self.tr("Quarterly finance disclosure"),
            FinanceForm().fields(disclosure),
            submit,
            select_result=True,
        )

    def print_quarter(self, d: FinanceDisclosure, page: str = "A4") -> None:
        self.preview(
            lambda: finance.finance_pdf(self.ctx.session, d.year, d.quarter, page=page),
            self.tr("Finance {0} Q{1}").format(d.year, d.quarter),
        )

    def print_selected(self, page: str = "A4") -> object:
        record = self.selected_record()
        if record is not None:
            self.print_quarter(record[0], page)
        return record
