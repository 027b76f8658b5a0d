"""善行义举榜: good deeds nominated, reviewed by the council and posted on a month's board."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sanzhi_desktop.domain.good_deeds import ALLOWED_FROM, DeedStatus, GoodDeed
from sanzhi_desktop.gui.kit.choices import household_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldSpec, iso_dates
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.moral.common import review_meetings
from sanzhi_desktop.gui.parts.moral.good_deeds_form import GoodDeedForm, deed_from
from sanzhi_desktop.gui.parts.moral.red_black_tab import month_label
from sanzhi_desktop.gui.parts.moral.review_form import ReviewForm
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import good_deeds, red_black

STEP_ORDER = ("nominated", "reviewed", "posted")


class GoodDeedsTab(RecordTab):
    name = "deeds"
    tables = frozenset({"good_deeds", "households"})
    date_column = "nominated"

    def title(self) -> str:
        return self.tr("Good deeds")

    def columns(self) -> Sequence[Column]:
        return [
            Column("virtue", self.tr("Virtue"), lambda d: d.virtue),
            Column("name", self.tr("Name"), lambda d: d.name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda d: d.group_no, ColumnKind.NUMBER),
            Column("deed", self.tr("Deed"), lambda d: d.deed),
            Column("nominated_by", self.tr("Nominated by"), lambda d: d.nominated_by),
            Column(
                "nominated", self.tr("Nominated on"), lambda d: d.nominated_date, ColumnKind.DATE
            ),
            Column("month", self.tr("Month"), lambda d: month_label(d.month)),
            Column("status", self.tr("Status"), lambda d: d.status, labels=DeedStatus),
        ]

    def empty_text(self) -> str:
        return self.tr("No good deeds yet. Click “New” to nominate the first one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All states"), [(s.label, s.value) for s in DeedStatus])

    def load(self) -> list[GoodDeed]:
        return good_deeds.list_deeds(self.ctx.session, status=self.choice_value() or None)

    def detail(self, deed: GoodDeed) -> Detail:
        fields = [
            (self.tr("Status"), DeedStatus(deed.status).label),
            (self.tr("Virtue"), deed.virtue),
            (self.tr("Deed"), deed.deed),
            (
                self.tr("Nominated"),
                f"{format_date(deed.nominated_date)} {deed.nominated_by} {deed.nominator}",
            ),
            (
                self.tr("Council"),
                f"{format_date(deed.review_date)} {deed.reviewers} {deed.review_opinion}",
            ),
            (self.tr("Board month"), month_label(deed.month)),
            (self.tr("Taken down"), f"{format_date(deed.removed_date)} {deed.removal_reason}"),
        ]
        fields = [(k, v.strip()) for k, v in fields if v.strip()]
        labels: dict[str, tuple[str, Callable[[], object]]] = {
            "review": (self.tr("Review…"), self.review_deed),
            "post": (self.tr("Post…"), self.post_deed),
            "remove": (self.tr("Take down…"), self.remove_deed),
        }
        actions = [
            Action(name, text, run)
            for (key, (text, run)), name in zip(
                labels.items(), ("reviewDeed", "postDeed", "removeDeed"), strict=True
            )
            if deed.status in ALLOWED_FROM.get(key, ())
        ]
        steps = [self.tr("Nominated"), self.tr("Reviewed"), self.tr("Posted")]
        current = STEP_ORDER.index(deed.status) if deed.status in STEP_ORDER else len(STEP_ORDER)
        return Detail(f"{deed.name} · {deed.virtue}", fields, steps, current, actions)

    def selected_deed(self) -> GoodDeed | None:
        deed: GoodDeed | None = self.selected_record()
        return deed

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("Nominate a good deed"),
            GoodDeedForm().nominate(household_choices(self.ctx.session)),
            lambda v: good_deeds.nominate_deed(self.ctx.session, deed_from(iso_dates(v))),
            select_result=True,
        )

    def _step(
        self, title: str, fields: list[FieldSpec], call: Callable[[GoodDeed, dict[str, Any]], Any]
    ) -> FormDialog | None:
        deed = self.selected_deed()
        if deed is None:
            return None
        return self.open_form(title, fields, lambda v: call(deed, iso_dates(v)), note=deed.deed)

    def review_deed(self) -> FormDialog | None:
        return self._step(
            self.tr("Council review"),
            ReviewForm().review(review_meetings(self.ctx)),
            lambda d, v: good_deeds.review_deed(
                self.ctx.session,
                d.id,
                approved=bool(v["approved"]),
                reviewers=v["reviewers"],
                opinion=v["review_opinion"],
                review_date=v["review_date"],
                meeting_id=v["review_meeting_id"] or "",
            ),
        )

    def post_deed(self) -> FormDialog | None:
        return self._step(
            self.tr("Post on the board"),
            GoodDeedForm().post(red_black.today_month()),
            lambda d, v: good_deeds.post_deed(
                self.ctx.session, d.id, month=v["month"], posted_date=v["posted_date"]
            ),
        )

    def remove_deed(self) -> FormDialog | None:
        return self._step(
            self.tr("Take down"),
            GoodDeedForm().remove(),
            lambda d, v: good_deeds.remove_deed(
                self.ctx.session,
                d.id,
                reason=v["removal_reason"],
                shown_false=bool(v["shown_false"]),
                on=v["removed_date"],
            ),
        )

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        """This month's good-deeds board."""
        month = red_black.today_month()
        return preview_printed_sheet(
            self, lambda: good_deeds.print_deeds_sheet(self.ctx.session, month)
        )
