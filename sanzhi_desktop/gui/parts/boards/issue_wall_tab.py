"""问题墙: problems the villagers raised, who handles them by when, and the answer posted."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.issue_wall import ISSUE_STEPS, IssueItem, IssueStatus, is_overdue
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.boards.issue_wall_form import IssueForm, issue_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import calendar, issue_wall


class IssueWallTab(RecordTab):
    name = "issues"
    tables = frozenset({"issue_wall"})
    date_column = "raised"

    def title(self) -> str:
        return self.tr("Issue wall")

    def columns(self) -> Sequence[Column]:
        return [
            Column("raised", self.tr("Raised"), lambda i: i.raised_on, ColumnKind.DATE),
            Column("category", self.tr("Category"), lambda i: i.category),
            Column("content", self.tr("Problem"), lambda i: i.content),
            Column("responsible", self.tr("Responsible"), lambda i: i.responsible, ColumnKind.NAME),
            Column("deadline", self.tr("Deadline"), lambda i: i.deadline, ColumnKind.DATE),
            Column("status", self.tr("Status"), self._status),
        ]

    def _status(self, item: IssueItem) -> str:
        return (
            self.tr("overdue")
            if is_overdue(item, calendar.today())
            else IssueStatus(item.status).label
        )

    def row_color(self, item: IssueItem) -> str | None:
        return ERROR_COLOR if is_overdue(item, calendar.today()) else None

    def empty_text(self) -> str:
        return self.tr("No problems recorded yet. Click “New” to add one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All states"), [(s.label, s.value) for s in IssueStatus])

    def load(self) -> list[IssueItem]:
        status = self.choice_value()
        items = issue_wall.list_issues(self.ctx.session)
        return [i for i in items if not status or i.status == status]

    def detail(self, item: IssueItem) -> Detail:
        session = self.ctx.session
        issue_id = item.id
        fields = [
            (self.tr("Category"), item.category),
            (self.tr("Raised by"), f"{item.raised_by} {format_date(item.raised_on)}"),
            (self.tr("Responsible"), item.responsible),
            (self.tr("Deadline"), format_date(item.deadline)),
            (self.tr("Measures"), item.measures),
            (self.tr("Feedback"), f"{item.feedback} {format_date(item.answered_on)}".strip()),
            (self.tr("On the response wall"), format_date(item.posted_on)),
        ]
        status = IssueStatus(item.status)
        actions = []
        if status in (IssueStatus.RAISED, IssueStatus.ASSIGNED):
            actions.append(Action("assignIssue", self.tr("Assign"), lambda: self.assign(item)))
        if status is IssueStatus.ASSIGNED:
            actions.append(
                Action("answerIssue", self.tr("Record feedback"), lambda: self.feedback(issue_id))
            )
        if status is IssueStatus.ANSWERED:
            actions.append(
                Action(
                    "postIssue",
                    self.tr("Post on the response wall"),
                    lambda: self.act(lambda: issue_wall.post_answer(session, issue_id)),
                )
            )
        steps = [self.tr("Raised"), self.tr("Assigned"), self.tr("Answered"), self.tr("Posted")]
        current = ISSUE_STEPS.index(status) if status is not IssueStatus.POSTED else 4
        return Detail(item.content[:40], fields, steps, current, actions)

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New problem"),
            IssueForm().raised(),
            lambda v: issue_wall.raise_issue(self.ctx.session, issue_from(v)),
            select_result=True,
        )

    def assign(self, item: IssueItem) -> FormDialog:
        return self.open_form(
            self.tr("Assign"),
            IssueForm().assign(item),
            lambda v: issue_wall.assign_issue(
                self.ctx.session,
                item.id,
                responsible=v["responsible"],
                deadline=v["deadline"],
                measures=v["measures"],
            ),
        )

    def feedback(self, issue_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Record feedback"),
            IssueForm().feedback(),
            lambda v: issue_wall.answer_issue(
                self.ctx.session, issue_id, feedback=v["feedback"], on=v["on"]
            ),
        )

    def print_selected(self, page: str = "A4") -> object:
        self.preview(
            lambda: issue_wall.issue_wall_pdf(self.ctx.session), self.tr("Issue and response wall")
        )
        return True
