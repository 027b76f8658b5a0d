"""承诺·践诺·积分·评议: each member's year — pledges, what was done, points, the review.

The review grade is shown here, to the clerk; it is never on a printed
public sheet (the 打印 button prints the pledges, 更多 the quarter's points).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sanzhi_desktop.domain.party_points import ReviewGrade, ReviewResult
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.choices import this_year
from sanzhi_desktop.gui.parts.party.cycle_form import CycleForm
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import party, party_catalogue, party_points
from sanzhi_desktop.services.party_points import MemberYear


class CycleTab(RecordTab):
    name = "partyCycle"
    tables = frozenset(
        {
            "party_members",
            "party_pledges",
            "party_fulfilments",
            "party_points",
            "party_reviews",
            "party_points_rules",
        }
    )

    def title(self) -> str:
        return self.tr("Pledges and points")

    def search_hint(self) -> str:
        return self.tr("Search by name or pledge")

    def choice_filter(self) -> ChoiceFilter:
        year = this_year()
        return ChoiceFilter(
            self.tr("This year"),
            [(f"{y}年", y) for y in (year - 1, year - 2)],
        )

    def year(self) -> int:
        return int(self.choice_value() or this_year())

    def record_id(self, record: MemberYear) -> str:
        return record.member.id

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r.member.name, ColumnKind.NAME),
            Column("pledge", self.tr("Pledges"), lambda r: r.pledge.content if r.pledge else ""),
            Column("done", self.tr("Fulfilled"), lambda r: len(r.fulfilments), ColumnKind.NUMBER),
            Column("points", self.tr("Points this year"), lambda r: r.points, ColumnKind.NUMBER),
            Column(
                "review",
                self.tr("Review"),
                lambda r: r.review.grade if r.review else "",
                labels=ReviewGrade,
            ),
        ]

    def empty_text(self) -> str:
        return self.tr("No members this year. Add the branch's members first (tab “Members”).")

    def load(self) -> list[MemberYear]:
        return party_points.member_years(self.ctx.session, self.year())

    def row_color(self, record: MemberYear) -> str | None:
        return ERROR_COLOR if record.pledge is None else None

    def detail(self, record: MemberYear) -> Detail:
        year = self.year()
        done = "\n".join(f"{format_date(f.done_on)} {f.content}" for f in record.fulfilments)
        fields = [
            (self.tr("Pledges"), record.pledge.content if record.pledge else self.tr("none yet")),
            (self.tr("Fulfilled"), done or self.tr("nothing recorded yet")),
            (self.tr("Points this year"), str(record.points)),
        ]
        if record.review is not None:
            r = record.review
            fields.append(
                (
                    self.tr("Review (not for posting)"),
                    self.tr("{0}: excellent {1}, qualified {2}, basic {3}, unqualified {4}").format(
                        r.grade_label, r.votes_excellent, r.votes_qualified, r.votes_basic,
                        r.votes_unqualified,
                    ),
                )
            )  # fmt: skip
        member = record.member
        steps = [self.tr("Pledge"), self.tr("Fulfil"), self.tr("Points"), self.tr("Review")]
        current = 0 if record.pledge is None else 3 if record.review is None else 4
        actions = [
            Action("makePledge", self.tr("Pledges"), lambda: self.pledge(record, year)),
            Action("recordFulfilment", self.tr("Record fulfilment"), lambda: self.fulfil(record)),
            Action("addPartyPoints", self.tr("Add points"), lambda: self.add_points(record)),
            Action("recordReview", self.tr("Review"), lambda: self.review(record, year)),
        ]
        return Detail(f"{member.name} · {year}年", fields, steps, current, actions)

    def pledge(self, record: MemberYear, year: int) -> FormDialog:
        return self.open_form(
            self.tr("Pledges of {0}").format(record.member.name),
            CycleForm().pledge(record.pledge),
            lambda v: party_points.make_pledge(
                self.ctx.session, record.member.id, year, v["content"],
                made_date=v["made_date"].isoformat(),
            ),
        )  # fmt: skip

    def fulfil(self, record: MemberYear) -> FormDialog:
        return self.open_form(
            self.tr("Fulfilment by {0}").format(record.member.name),
            CycleForm().fulfilment(),
            lambda v: party_points.record_fulfilment(
                self.ctx.session, record.member.id, done_on=v["done_on"].isoformat(),
                content=v["content"],
            ),
        )  # fmt: skip

    def add_points(self, record: MemberYear) -> FormDialog:
        rules = party_catalogue.points_rules(self.ctx.session).rules
        return self.open_form(
            self.tr("Points for {0}").format(record.member.name),
            CycleForm().points(rules),
            lambda v: party_points.add_points(
                self.ctx.session, record.member.id, v["rule_code"], approved_by=v["approved_by"],
                entry_date=v["entry_date"].isoformat(), note=v["note"],
            ),
        )  # fmt: skip

    def review(self, record: MemberYear, year: int) -> FormDialog:
        voters = party.member_count_on(self.ctx.session, f"{year}-12-31")
        base = record.review or ReviewResult(member_id=record.member.id, year=year)

        def submit(v: dict[str, object]) -> ReviewResult:
            values = {k: v[k] for k in v if k != "reviewed_on"}
            result = replace(base, reviewed_on=v["reviewed_on"].isoformat(), **values)  # type: ignore[attr-defined, arg-type]
            return party_points.record_review(self.ctx.session, result)

        return self.open_form(
            self.tr("Democratic review of {0}").format(record.member.name),
            CycleForm().review(record.review, max(voters, 1)),
            submit,
            note=self.tr("Grades are kept for the branch and the town; they are never posted."),
        )

    def print_selected(self, page: str = "A4") -> object:
        year = self.year()
        self.preview(
            lambda: party_points.print_pledges(self.ctx.session, year).pdf,
            self.tr("Pledges {0}").format(year),
        )
        return year

    def print_points(self, quarter: int) -> None:
        year = self.year()
        self.preview(
            lambda: party_points.print_points(self.ctx.session, year, quarter).pdf,
            self.tr("Party points {0} Q{1}").format(year, quarter),
        )
