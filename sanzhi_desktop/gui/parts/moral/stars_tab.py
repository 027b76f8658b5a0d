"""十星级文明户: households rated for a cycle, plaques awarded, stars taken away."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.star_rating import RatingStatus
from sanzhi_desktop.gui.kit.choices import household_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.moral.common import HouseholdRecordSource
from sanzhi_desktop.gui.parts.moral.stars_form import StarsForm, rating_from
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import calendar, star_rating


def rating_text(row: dict[str, Any]) -> str:
    """The stars held, or why the household has none."""
    if row["status"] == RatingStatus.DISQUALIFIED:
        return f"{star_rating.disqualifier_labels(row['disqualifiers'])}：{row['disqualify_note']}"
    if row["status"] == RatingStatus.REVOKED:
        return f"{format_date(row['revoked_date'])} 摘牌：{row['revoke_reason']}"
    return "、".join(row["stars"])


class StarsTab(RecordTab, HouseholdRecordSource):
    name = "ratings"
    tables = frozenset({"star_ratings", "star_events", "star_catalogue", "households"})

    def title(self) -> str:
        return self.tr("Ten-star households")

    def columns(self) -> Sequence[Column]:
        return [
            Column("household_no", self.tr("Household no."), lambda r: r["household_no"]),
            Column("head", self.tr("Head"), lambda r: r["head_name"], ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda r: int(r["group_no"]), ColumnKind.NUMBER),
            Column("stars", self.tr("Stars"), lambda r: len(r["stars"]), ColumnKind.NUMBER),
            Column("status", self.tr("Status"), lambda r: r["status"], labels=RatingStatus),
            Column("held", self.tr("Stars held / reason"), rating_text),
        ]

    def empty_text(self) -> str:
        return self.tr("No household rated in this cycle. Click “New” to rate the first one.")

    def choice_filter(self) -> ChoiceFilter:
        this_year = calendar.today().year
        return ChoiceFilter(
            self.tr("Last year's cycle"),
            [(self.tr("{0} cycle").format(y), y) for y in range(this_year, this_year - 8, -1)],
        )

    def cycle(self) -> int:
        return int(self.choice_value() or calendar.today().year - 1)

    def load(self) -> list[dict[str, Any]]:
        catalogue = star_rating.star_catalogue(self.ctx.session)
        source = (
            self.tr("Star names sent by the township")
            if catalogue.source == "town"
            else self.tr("Default star names")
        )
        self.filters.note.setObjectName("catalogueSource")
        self.filters.note.setText(f"{source}：{'、'.join(catalogue.names)}")
        return star_rating.list_ratings(self.ctx.session, cycle=self.cycle())

    def detail(self, row: dict[str, Any]) -> Detail:
        status = RatingStatus(row["status"])
        fields = [
            (self.tr("Status"), status.label),
            (self.tr("Stars held / reason"), rating_text(row)),
            (self.tr("Rated on"), format_date(row.get("rated_date") or "")),
            (self.tr("Reviewed by"), str(row.get("reviewers") or "")),
        ]
        rated = status is RatingStatus.RATED
        actions = []
        if status in (RatingStatus.RATED, RatingStatus.DISQUALIFIED):
            actions.append(
                Action(
                    "awardPlaque",
                    self.tr("Award plaque"),
                    lambda: self.act(lambda: star_rating.award_plaque(self.ctx.session, row["id"])),
                    refusal=self.tr("Not eligible: {0}").format(rating_text(row))
                    if status is RatingStatus.DISQUALIFIED
                    else "",
                )
            )
        actions += [
            Action(
                "removeStar",
                self.tr("Take a star away…"),
                lambda: self.remove_star(row),
                refusal="" if row["stars"] else self.tr("The household holds no star."),
            ),
        ]
        if status is RatingStatus.PLAQUED:
            actions.append(
                Action("revokePlaque", self.tr("Revoke plaque…"), lambda: self.revoke(row))
            )
        steps = [self.tr("Rated"), self.tr("Plaque awarded")]
        current = 1 if rated else (2 if status is RatingStatus.PLAQUED else None)
        title = f"{row['household_no']} {row['head_name']}"
        return Detail(title, fields, steps, current, actions)

    def selected_household_id(self) -> str | None:
        row = self.selected_record()
        return str(row["household_id"]) if row else None

    def new_record(self) -> FormDialog:
        cycle = self.cycle()
        names = star_rating.star_catalogue(self.ctx.session).names
        return self.open_form(
            self.tr("Rate a household ({0})").format(cycle),
            StarsForm().rate(household_choices(self.ctx.session), list(names)),
            lambda v: star_rating.rate_household(
                self.ctx.session, rating_from(iso_dates(v), cycle)
            ),
            select_result=True,
        )

    def remove_star(self, row: dict[str, Any]) -> FormDialog:
        return self.open_form(
            self.tr("Take a star away"),
            StarsForm().remove_star(list(row["stars"])),
            lambda v: star_rating.remove_star(
                self.ctx.session,
                row["id"],
                star=v["star"] or "",
                reason=v["reason"],
                on=v["on"].isoformat(),
            ),
            note=f"{row['household_no']} {row['head_name']}",
        )

    def revoke(self, row: dict[str, Any]) -> FormDialog:
        return self.open_form(
            self.tr("Revoke plaque"),
            StarsForm().revoke(),
            lambda v: star_rating.revoke_plaque(
                self.ctx.session, row["id"], reason=v["reason"], on=v["on"].isoformat()
            ),
            note=self.tr("The household cannot be rated again for two years."),
        )

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        cycle = self.cycle()
        return preview_printed_sheet(
            self, lambda: star_rating.print_star_list(self.ctx.session, cycle)
        )
