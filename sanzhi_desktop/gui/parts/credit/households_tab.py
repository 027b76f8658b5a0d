"""信用农户: every household of the roster with its credit file and this year's rating.

The credit line shows here (the clerk's own screen) and never on the printed
公示, which has the head and grade only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sanzhi_desktop.domain.credit import UNRATED, CreditFile, CreditRating, encode_list
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date, format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.credit.credit_form import CreditForm
from sanzhi_desktop.services import credit, roster, screening
from sanzhi_desktop.services.safety_catalogues import credit_rules


@dataclass(frozen=True)
class CreditRow:
    id: str  # the household's id
    household_no: str
    head_name: str
    group_no: int
    file: CreditFile | None
    rating: CreditRating | None

    @property
    def grade(self) -> str:
        return self.rating.grade if self.rating else ""


def _iso(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else str(value or "")


class CreditHouseholdsTab(RecordTab):
    name = "credit"
    tables = frozenset({"credit_files", "credit_ratings", "households"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.year = screening.today().year

    def title(self) -> str:
        return self.tr("Credit households")

    def columns(self) -> Sequence[Column]:
        return [
            Column("no", self.tr("Household no."), lambda r: r.household_no),
            Column("head", self.tr("Household head"), lambda r: r.head_name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda r: f"{r.group_no}组"),
            Column(
                "filed",
                self.tr("File"),
                lambda r: self.tr("filed") if r.file else self.tr("not filed"),
            ),
            Column(
                "score",
                self.tr("Score"),
                lambda r: r.rating.score if r.rating else None,
                ColumnKind.NUMBER,
            ),
            Column("grade", self.tr("Grade"), lambda r: r.grade),
            Column(
                "line",
                self.tr("Credit line"),
                lambda r: (
                    r.rating.credit_line_fen if r.rating and r.rating.credit_line_fen else None
                ),
                ColumnKind.MONEY,
            ),
        ]

    def empty_text(self) -> str:
        return self.tr("No households in the roster yet. Add them on the Roster page first.")

    def choice_filter(self) -> ChoiceFilter:
        grades = [*credit_rules(self.ctx.session).grade_names, UNRATED]
        return ChoiceFilter(self.tr("All grades"), [(g, g) for g in grades])

    def load(self) -> list[CreditRow]:
        session = self.ctx.session
        files = {
            str(f["household_id"]): CreditFile.from_record(f) for f in credit.list_files(session)
        }
        ratings = {
            str(r["household_id"]): CreditRating.from_record(r)
            for r in credit.list_ratings(session, year=self.year)
        }
        grade = self.choice_value()
        rows = [
            CreditRow(
                str(h["id"]),
                str(h["household_no"]),
                str(h["head_name"]),
                int(h["group_no"]),
                files.get(str(h["id"])),
                ratings.get(str(h["id"])),
            )
            for h in roster.list_households(session)
        ]
        return [r for r in rows if not grade or r.grade == grade]

    def detail(self, row: CreditRow) -> Detail:
        rating = row.rating
        fields = [
            (self.tr("Household"), f"{row.household_no} {row.head_name}（{row.group_no}组）"),
            (
                self.tr("Filed on"),
                format_date(row.file.filed_date) if row.file else self.tr("not filed"),
            ),
            (self.tr("Main industry"), row.file.industry if row.file else ""),
            (self.tr("Year"), str(self.year)),
            (self.tr("Score"), str(rating.score) if rating else ""),
            (self.tr("Grade"), rating.grade if rating else self.tr("not rated")),
            *(
                (self.tr("Rule applied"), text)
                for text in (rating.adjustment_list if rating else [])
            ),
            (
                self.tr("Credit line"),
                format_money(rating.credit_line_fen) if rating and rating.credit_line_fen else "",
            ),
            (self.tr("Bank"), rating.bank if rating else ""),
        ]
        no_file = "" if row.file else self.tr("File the household first.")
        no_grade = (
            ""
            if rating and rating.graded
            else self.tr("Only a graded household gets a credit line.")
        )
        actions = [
            Action("fileCredit", self.tr("File"), lambda: self.file(row)),
            Action("rateCredit", self.tr("Rate"), lambda: self.rate(row), no_file),
            Action("lineCredit", self.tr("Record credit line"), lambda: self.line(row), no_grade),
        ]
        steps = [self.tr("Filed"), self.tr("Rated"), self.tr("Credit granted")]
        current = 0 if not row.file else 1 if not rating else 2
        return Detail(row.head_name, fields, steps, current, actions)

    def file(self, row: CreditRow) -> FormDialog:
        session = self.ctx.session

        def submit(v: dict[str, Any]) -> CreditFile:
            return credit.file_household(
                session,
                CreditFile(
                    household_id=row.id,
                    filed_date=_iso(v["filed_date"]),
                    industry=v["industry"],
                    labourers=int(v["labourers"] or 0),
                    income_note=v["income_note"],
                    assets_note=v["assets_note"],
                    loan_need=v["loan_need"],
                ),
            )

        return self.open_form(self.tr("Credit file"), CreditForm().file(row.file), submit)

    def rate(self, row: CreditRow) -> FormDialog:
        session = self.ctx.session
        criteria = credit_rules(session).criteria
        return self.open_form(
            self.tr("Rate"),
            CreditForm().rating(criteria, row.rating),
            lambda v: credit.rate_household(
                session,
                CreditRating(
                    household_id=row.id,
                    year=self.year,
                    rated_date=_iso(v["rated_date"]),
                    panel=v["panel"],
                    criteria=encode_list(list(v["criteria"])),
                    bad_faith=v["bad_faith"],
                ),
            ),
        )

    def line(self, row: CreditRow) -> FormDialog:
        return self.open_form(
            self.tr("Record credit line"),
            CreditForm().line(),
            lambda v: credit.record_credit_line(
                self.ctx.session,
                row.id,
                self.year,
                line_fen=int(v["credit_line_fen"] or 0),
                bank=v["bank"],
                line_date=_iso(v["line_date"]),
            ),
        )

    def print_selected(self, page: str = "A4") -> object:
        self.preview(
            lambda: credit.print_credit(self.ctx.session, self.year).pdf,
            self.tr("Credit household list"),
        )
        return True
