"""公告: the village's notices, from draft through review and posting to the archive."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.notices import LIFECYCLE, Notice, NoticeCategory, NoticeStatus
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.boards.notices_form import APPROVE, NoticeForm, notice_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import disclosure_catalogue, notices
from sanzhi_desktop.services.notices import NoticeRow


class NoticesTab(RecordTab):
    name = "notices"
    tables = frozenset({"notices", "notice_objections"})
    date_column = "posted"

    def title(self) -> str:
        return self.tr("Notices")

    def columns(self) -> Sequence[Column]:
        return [
            Column("posted", self.tr("Posted"), lambda r: r.notice.posted_date, ColumnKind.DATE),
            Column("category", self.tr("Category"), lambda r: r.notice.category),
            Column("title", self.tr("Title"), lambda r: r.notice.title),
            Column("status", self.tr("Status"), lambda r: r.status.label),
            Column(
                "objections",
                self.tr("Objections"),
                lambda r: f"{r.open_objections}/{r.objections}" if r.objections else "",
            ),
        ]

    def record_id(self, record: NoticeRow) -> str:
        return record.notice.id

    def row_color(self, record: NoticeRow) -> str | None:
        return ERROR_COLOR if record.open_objections else None

    def empty_text(self) -> str:
        return self.tr("No notices yet. Click “New” to add the first one.")

    def search_hint(self) -> str:
        return self.tr("Search titles")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All categories"), [(c.value, c.value) for c in NoticeCategory])

    def load(self) -> list[NoticeRow]:
        return notices.list_notices(self.ctx.session, category=self.choice_value() or "")

    # --- detail -----------------------------------------------------------------------------

    def steps(self) -> list[str]:
        """Short step names, so six fit the detail pane."""
        return [
            self.tr("Draft"),
            self.tr("Review"),
            self.tr("Approved"),
            self.tr("Posted"),
            self.tr("Ended"),
            self.tr("Archived"),
        ]

    def detail(self, record: NoticeRow) -> Detail:
        session = self.ctx.session
        notice, status = record.notice, record.status
        nid = notice.id
        objections = notices.list_objections(session, nid)
        end = notice.publicity_end()
        fields = [
            (self.tr("Category"), notice.category),
            (self.tr("Status"), status.label),
            (self.tr("Text"), notice.body),
            (self.tr("Basis"), notice.basis),
            (self.tr("Catalogue item"), f"{notice.catalogue_item} {notice.period}".strip()),
            (
                self.tr("Review"),
                f"{notice.reviewer} {format_date(notice.review_date)} {notice.review_opinion}",
            ),
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
                f"\n→ {o.answer}（{o.answered_by} {format_date(o.answered_on)}）"
                if o.answered
                else "\n→ " + self.tr("not answered")
            )
            fields.append(
                (
                    self.tr("Objection"),
                    f"{format_date(o.raised_on)} {o.raised_by}：{o.content}{answer}",
                )
            )
        actions: list[Action] = []
        if status is NoticeStatus.DRAFT:
            actions += [
                Action("editNotice", self.tr("Edit"), lambda: self.edit(nid)),
                Action(
                    "submitNotice",
                    self.tr("Send to supervision review"),
                    lambda: self.act(lambda: notices.submit_for_review(session, nid)),
                ),
                Action("deleteNotice", self.tr("Delete draft"), lambda: self.delete(notice)),
            ]
        if status is NoticeStatus.REVIEW:
            actions.append(
                Action("reviewNotice", self.tr("Record review"), lambda: self.review(nid))
            )
        if status is NoticeStatus.APPROVED:
            actions.append(
                Action(
                    "postNotice",
                    self.tr("Post on the board"),
                    lambda: self.post(nid, notice.publicity_days),
                )
            )
        if status is NoticeStatus.POSTED:
            actions.append(
                Action("objectNotice", self.tr("Record objection"), lambda: self.objection(nid))
            )
        for o in objections:
            if not o.answered:
                actions.append(
                    Action(
                        "answerObjection",
                        self.tr("Answer objection of {0}").format(o.raised_by),
                        lambda oid=o.id: self.answer(oid),
                    )
                )
        if status is NoticeStatus.EXPIRED:
            actions.append(
                Action(
                    "archiveNotice",
                    self.tr("Archive"),
                    lambda: self.act(lambda: notices.archive_notice(session, nid)),
                )
            )
        if status in (NoticeStatus.POSTED, NoticeStatus.EXPIRED, NoticeStatus.ARCHIVED):
            actions.append(
                Action(
                    "correctNotice",
                    self.tr("Correct (new notice)"),
                    lambda: self.correct(nid),
                    refusal=self.tr("A correction of this notice exists already.")
                    if notice.superseded_by
                    else "",
                )
            )
        actions.append(Action("printNotice", self.tr("Print"), lambda: self.print_notice(nid)))
        current = LIFECYCLE.index(status) if status is not NoticeStatus.ARCHIVED else len(LIFECYCLE)
        return Detail(notice.title, fields, self.steps(), current, actions)

    # --- actions ----------------------------------------------------------------------------

    def _catalogue(self) -> list[tuple[str, str]]:
        return [
            (f"{i.code} {i.item}", i.code) for i in disclosure_catalogue.catalogue(self.ctx.session)
        ]

    def new_record(self) -> FormDialog:
        return self._draft_form(None)

    def edit(self, notice_id: str) -> FormDialog:
        return self._draft_form(notices.get_notice(self.ctx.session, notice_id))

    def _draft_form(self, notice: Notice | None) -> FormDialog:
        session = self.ctx.session

        def submit(values: dict[str, object]) -> Notice:
            draft = notice_from(values, notice)
            if notice is None:
                return notices.create_notice(session, draft)
            return notices.update_notice(session, draft)

        return self.open_form(
            self.tr("Edit notice") if notice else self.tr("New notice"),
            NoticeForm().draft(notice, self._catalogue()),
            submit,
            select_result=True,
        )

    def delete(self, notice: Notice) -> None:
        if self.confirm(
            self.tr("Delete draft"), self.tr("Delete the draft “{0}”?").format(notice.title)
        ):
            self.act(lambda: notices.delete_draft(self.ctx.session, notice.id))

    def review(self, notice_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Supervision committee review"),
            NoticeForm().review(),
            lambda v: notices.record_review(
                self.ctx.session,
                notice_id,
                reviewer=v["reviewer"],
                opinion=v["opinion"],
                on=v["on"],
                approve=v["decision"] == APPROVE,
            ),
        )

    def post(self, notice_id: str, days: int) -> FormDialog:
        return self.open_form(
            self.tr("Post on the board"),
            NoticeForm().post(days),
            lambda v: notices.post_notice(
                self.ctx.session, notice_id, on=v["on"], publicity_days=v["days"], board=v["board"]
            ),
        )

    def objection(self, notice_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Record objection"),
            NoticeForm().objection(),
            lambda v: notices.record_objection(
                self.ctx.session,
                notice_id,
                raised_by=v["raised_by"],
                content=v["content"],
                raised_on=v["on"],
            ),
        )

    def answer(self, objection_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Answer objection"),
            NoticeForm().answer(self.ctx.session.operator),
            lambda v: notices.answer_objection(
                self.ctx.session,
                objection_id,
                answer=v["answer"],
                answered_by=v["answered_by"],
                on=v["on"],
            ),
        )

    def correct(self, notice_id: str) -> FormDialog | None:
        result: list[Notice] = []
        if not self.act(lambda: result.append(notices.correct_notice(self.ctx.session, notice_id))):
            return None
        self.select(result[0].id)
        return self.edit(result[0].id)

    def print_notice(self, notice_id: str, page: str = "A4") -> None:
        notice = notices.get_notice(self.ctx.session, notice_id)
        self.preview(
            lambda: notices.notice_pdf(self.ctx.session, notice_id, page=page), notice.title
        )

    def print_selected(self, page: str = "A4") -> object:
        notice_id = self.selected_id()
        if notice_id:
            self.print_notice(notice_id, page)
        return notice_id
