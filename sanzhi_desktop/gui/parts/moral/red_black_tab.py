"""红黑榜: red and black entries, from report through verification and review to the board."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sanzhi_desktop.domain.red_black import (
    ALLOWED_FROM,
    WORKFLOW_STEPS,
    Board,
    BoardEntry,
    EntryStatus,
)
from sanzhi_desktop.gui.kit.choices import household_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldSpec, iso_dates
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.moral.common import RED_COLOR, review_meetings
from sanzhi_desktop.gui.parts.moral.red_black_form import (
    RedBlackForm,
    entry_from,
    link_board_fields,
)
from sanzhi_desktop.gui.parts.moral.review_form import ReviewForm
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import red_black, village_rules


def month_label(month: str) -> str:
    """``2026-11`` → ``2026年11月``."""
    return f"{month[:4]}年{int(month[5:7])}月" if len(month) == 7 else month


class RedBlackTab(RecordTab):
    name = "entries"
    tables = frozenset({"red_black_entries", "households", "village_rule_clauses"})
    date_column = "reported"

    def title(self) -> str:
        return self.tr("Red/black board")

    def columns(self) -> Sequence[Column]:
        return [
            Column("board", self.tr("List"), lambda e: Board(e.board).label),
            Column("name", self.tr("Name"), lambda e: e.name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda e: e.group_no, ColumnKind.NUMBER),
            Column("category", self.tr("Category"), lambda e: e.category),
            Column("deed", self.tr("Deed / problem"), lambda e: e.deed),
            Column("month", self.tr("Month"), lambda e: month_label(e.month)),
            Column("status", self.tr("Status"), lambda e: e.status, labels=EntryStatus),
            Column("reported", self.tr("Reported"), lambda e: e.reported_date, ColumnKind.DATE),
        ]

    def row_color(self, entry: BoardEntry) -> str | None:
        return RED_COLOR if entry.board == "red" else None

    def empty_text(self) -> str:
        return self.tr("No entries yet. Click “New” to report the first one.")

    def search_hint(self) -> str:
        return self.tr("Search name, category, text")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All months"), [])

    def load(self) -> list[BoardEntry]:
        months = red_black.board_months(self.ctx.session)
        this_month = red_black.today_month()
        if this_month not in months:
            months.insert(0, this_month)
        self.filters.set_choices([(month_label(m), m) for m in months])
        return red_black.list_entries(self.ctx.session, month=self.choice_value() or None)

    def chosen_month(self) -> str:
        """The month in the filter, or this month when all are shown (for posting, printing)."""
        return str(self.choice_value() or red_black.today_month())

    # --- detail ---------------------------------------------------------------------------

    def detail(self, entry: BoardEntry) -> Detail:
        steps = [
            self.tr("Reported"),
            self.tr("Verified"),
            self.tr("Reviewed"),
            self.tr("Posted"),
            self.tr("Closed"),
            self.tr("Removed"),
        ]
        assert len(steps) == len(WORKFLOW_STEPS)
        fields = [
            (self.tr("Status"), EntryStatus(entry.status).label),
            (self.tr("Group"), self.tr("Group {0}").format(entry.group_no)),
            (self.tr("Category"), entry.category),
            (self.tr("Deed / problem"), entry.deed),
            (self.tr("Evidence"), entry.evidence),
            (self.tr("Clause"), entry.clause_label),
            (self.tr("Rectification"), entry.requirement),
            (self.tr("Deadline"), format_date(entry.deadline)),
            (self.tr("Reported"), f"{format_date(entry.reported_date)} {entry.reported_by}"),
            (self.tr("Verified"), f"{format_date(entry.verified_date)} {entry.verified_by}"),
            (self.tr("Council"), f"{format_date(entry.review_date)} {entry.reviewers}"),
            (self.tr("Opinion"), entry.review_opinion),
            (self.tr("Board month"), month_label(entry.month)),
            (self.tr("On the board until"), format_date(entry.expires_on)),
            (self.tr("Rectified / ended"), format_date(entry.closed_date)),
            (self.tr("Objection"), entry.objection),
            (self.tr("Taken down"), f"{format_date(entry.removed_date)} {entry.removal_reason}"),
        ]
        fields = [(k, v.strip()) for k, v in fields if v.strip()]
        allowed = {a for a, states in ALLOWED_FROM.items() if entry.status in states}
        if not entry.is_black:
            allowed.discard("rectify")
        if entry.status in {"reported", "verified"}:
            allowed.add("edit")
        labels: dict[str, tuple[str, Callable[[], object]]] = {
            "verify": (self.tr("Verify…"), self.verify_selected),
            "review": (self.tr("Council review…"), self.review_selected),
            "post": (self.tr("Post on a month's board…"), self.post_selected),
            "rectify": (self.tr("Rectified…"), self.rectify_selected),
            "expire": (self.tr("Stay ended"), self.expire_selected),
            "remove": (self.tr("Take down…"), self.remove_selected),
            "uphold_objection": (self.tr("Objection upheld…"), self.objection_selected),
            "edit": (self.tr("Edit…"), self.edit_selected),
        }
        actions = [
            Action(f"action_{key}", text, run)
            for key, (text, run) in labels.items()
            if key in allowed
        ]
        title = f"{Board(entry.board).label} · {entry.name}"
        return Detail(title, fields, steps, entry.step_index(), actions)

    # --- actions --------------------------------------------------------------------------

    def selected_entry(self) -> BoardEntry | None:
        record: BoardEntry | None = self.selected_record()
        return record

    def _entry_form(self, entry: BoardEntry | None) -> FormDialog:
        session = self.ctx.session

        def submit(values: dict[str, Any]) -> BoardEntry:
            v = iso_dates(values)
            if entry is None:
                return red_black.report_entry(session, entry_from(v))
            return red_black.update_entry(
                session, entry_from(v, entry_id=entry.id, status=entry.status)
            )

        fields = RedBlackForm().entry(
            entry, household_choices(self.ctx.session), village_rules.clauses_in_force(session)
        )
        dialog = self.open_form(
            self.tr("Edit entry") if entry else self.tr("New red/black entry"),
            fields,
            submit,
            select_result=True,
        )
        link_board_fields(dialog)
        return dialog

    def new_record(self) -> FormDialog:
        return self._entry_form(None)

    def edit_selected(self) -> FormDialog | None:
        entry = self.selected_entry()
        return self._entry_form(entry) if entry else None

    def _step(
        self,
        title: str,
        fields: list[FieldSpec],
        call: Callable[[BoardEntry, dict[str, Any]], object],
    ) -> FormDialog | None:
        entry = self.selected_entry()
        if entry is None:
            return None
        note = f"{Board(entry.board).label}：{entry.name}（{entry.category}）"
        return self.open_form(title, fields, lambda v: call(entry, iso_dates(v)), note=note)

    def verify_selected(self) -> FormDialog | None:
        return self._step(
            self.tr("Verify"),
            RedBlackForm().verify(self.ctx.session.operator),
            lambda e, v: red_black.verify_entry(
                self.ctx.session,
                e.id,
                verified_date=v["verified_date"],
                verified_by=v["verified_by"],
                note=v["note"],
            ),
        )

    def review_selected(self) -> FormDialog | None:
        return self._step(
            self.tr("Council review"),
            ReviewForm().review(review_meetings(self.ctx)),
            lambda e, v: red_black.review_entry(
                self.ctx.session,
                e.id,
                approved=bool(v["approved"]),
                review_date=v["review_date"],
                reviewers=v["reviewers"],
                opinion=v["review_opinion"],
                meeting_id=v["review_meeting_id"] or "",
            ),
        )

    def post_selected(self) -> FormDialog | None:
        return self._step(
            self.tr("Post on the board"),
            RedBlackForm().post(self.chosen_month()),
            lambda e, v: red_black.post_entry(
                self.ctx.session, e.id, month=v["month"], posted_date=v["posted_date"]
            ),
        )

    def rectify_selected(self) -> FormDialog | None:
        return self._step(
            self.tr("Rectified"),
            RedBlackForm().rectify(),
            lambda e, v: red_black.rectify_entry(
                self.ctx.session, e.id, rectified_date=v["closed_date"], note=v["note"]
            ),
        )

    def remove_selected(self) -> FormDialog | None:
        return self._step(
            self.tr("Take down"),
            RedBlackForm().remove(),
            lambda e, v: red_black.remove_entry(
                self.ctx.session, e.id, removed_date=v["removed_date"], reason=v["removal_reason"]
            ),
        )

    def objection_selected(self) -> FormDialog | None:
        return self._step(
            self.tr("Objection upheld: remove the entry"),
            RedBlackForm().objection(),
            lambda e, v: red_black.uphold_objection(
                self.ctx.session,
                e.id,
                objection=v["objection"],
                reason=v["removal_reason"],
                on=v["removed_date"],
            ),
        )

    def expire_selected(self) -> None:
        entry = self.selected_entry()
        if entry is not None:
            self.act(lambda: red_black.expire_entry(self.ctx.session, entry.id))

    def expire_due(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        counts: list[int] = []
        if self.act(lambda: counts.append(red_black.expire_due_entries(self.ctx.session))):
            QMessageBox.information(
                self,
                self.tr("Stay ended"),
                self.tr("{0} entries taken off the board.").format(counts[0]),
            )

    # --- printing -------------------------------------------------------------------------

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        """The board of the month in the filter (asks first if black names print in full)."""
        month = self.chosen_month()
        return preview_printed_sheet(self, lambda: red_black.print_board(self.ctx.session, month))
