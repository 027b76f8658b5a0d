"""积分: each household's points in a quarter (earned, deducted, redeemed) and its history."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.points import EntryKind
from sanzhi_desktop.gui.kit.choices import household_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.moral.common import HouseholdRecordSource
from sanzhi_desktop.gui.parts.moral.points_form import PointsForm
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.services import calendar, points
from sanzhi_desktop.services.points import QuarterRow


class PointsTab(RecordTab, HouseholdRecordSource):
    name = "points"
    tables = frozenset({"points_entries", "points_rules", "households"})

    def title(self) -> str:
        return self.tr("Household points")

    def columns(self) -> Sequence[Column]:
        return [
            Column("household_no", self.tr("Household no."), lambda r: r.household_no),
            Column("head", self.tr("Head"), lambda r: r.head_name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda r: r.group_no, ColumnKind.NUMBER),
            Column("earned", self.tr("Earned"), lambda r: r.earned, ColumnKind.NUMBER),
            Column("deducted", self.tr("Deducted"), lambda r: r.deducted, ColumnKind.NUMBER),
            Column("redeemed", self.tr("Redeemed"), lambda r: r.redeemed, ColumnKind.NUMBER),
            Column("balance", self.tr("Balance"), lambda r: r.balance, ColumnKind.NUMBER),
        ]

    def record_id(self, record: QuarterRow) -> str:
        return record.household_id

    def empty_text(self) -> str:
        return self.tr("No points in this quarter. Click “New” to add the first entry.")

    def choice_filter(self) -> ChoiceFilter:
        this_year = calendar.today().year
        quarters = [
            (self.tr("{0} Q{1}").format(y, q), f"{y}-{q}")
            for y in range(this_year, this_year - 4, -1)
            for q in (4, 3, 2, 1)
        ]
        return ChoiceFilter(self.tr("This quarter"), quarters)

    def quarter(self) -> tuple[int, int]:
        chosen = str(self.choice_value() or "")
        if chosen:
            year, quarter = chosen.split("-")
            return int(year), int(quarter)
        today = calendar.today()
        return today.year, (today.month - 1) // 3 + 1

    def load(self) -> list[QuarterRow]:
        catalogue = points.points_rules(self.ctx.session)
        source = (
            self.tr("Points rules sent by the township")
            if catalogue.source == "town"
            else self.tr("Default points rules")
        )
        self.filters.note.setObjectName("rulesSource")
        self.filters.note.setText(self.tr("{0}: {1} rules").format(source, len(catalogue.rules)))
        return points.quarter_summary(self.ctx.session, *self.quarter())

    def detail(self, row: QuarterRow) -> Detail:
        hid = row.household_id
        fields = [(self.tr("Balance"), str(points.balance(self.ctx.session, hid)))]
        for entry in reversed(points.history(self.ctx.session, hid)):
            what = entry.note or EntryKind(entry.kind).label
            fields.append((format_date(entry.entry_date), f"{entry.points:+d}  {what}"))
        actions = [
            Action("addPoints", self.tr("Add points…"), lambda: self.add_points(hid)),
            Action("redeem", self.tr("Redeem at the store…"), lambda: self.redeem(hid)),
        ]
        return Detail(f"{row.household_no} {row.head_name}", fields, actions=actions)

    def selected_household_id(self) -> str | None:
        return self.selected_id()

    def new_record(self) -> FormDialog:
        return self.add_points(self.selected_id())

    def add_points(self, household: str | None) -> FormDialog:
        rules = [
            (f"{r.code} {r.description}（{r.points:+d}）", r.code)
            for r in points.points_rules(self.ctx.session).rules
        ]
        return self.open_form(
            self.tr("Add points"),
            PointsForm().add(household_choices(self.ctx.session), rules, household),
            lambda v: points.add_points(
                self.ctx.session,
                v["household_id"] or "",
                v["rule_code"] or "",
                approved_by=v["approved_by"],
                entry_date=iso_dates(v)["entry_date"],
                note=v["note"],
            ),
        )

    def redeem(self, household: str | None) -> FormDialog:
        return self.open_form(
            self.tr("Redeem at the points store"),
            PointsForm().redeem(household_choices(self.ctx.session), household),
            lambda v: points.redeem(
                self.ctx.session,
                v["household_id"] or "",
                item=v["item"],
                points=v["points"],
                cash_fen=v["cash_fen"],
                entry_date=iso_dates(v)["entry_date"],
            ),
        )

    def year_end_reset(self) -> None:
        year = self.quarter()[0]
        if self.confirm(
            self.tr("Year-end reset"),
            self.tr(
                "Bring every household's balance to zero on 31 December {0}? "
                "The history is kept; this cannot be repeated for the same year."
            ).format(year),
        ):
            self.act(lambda: points.year_end_reset(self.ctx.session, year))

    def print_selected(self, page: str = "A4") -> PdfPreviewDialog | None:
        year, quarter = self.quarter()
        return preview_printed_sheet(
            self, lambda: points.print_points_sheet(self.ctx.session, year, quarter)
        )
