"""法治名册: 法治带头人, 法律明白人 and 示范户; the year's 公示 prints from here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.law_registers import Honour, HonourKind, HonourStatus
from sanzhi_desktop.gui.kit.choices import (
    household_choices,
    household_of,
    person_choices,
    this_year,
)
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.honours_form import HonourForm, honour_from
from sanzhi_desktop.gui.widgets import MUTED_COLOR
from sanzhi_desktop.services import law_print, law_registers


class HonoursTab(RecordTab):
    name = "lawHonours"
    tables = frozenset({"law_honours"})

    def title(self) -> str:
        return self.tr("Registers")

    def empty_text(self) -> str:
        return self.tr("No one on the registers yet. Click “New” to name the first.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All registers"), [(k.label, k.value) for k in HonourKind])

    def columns(self) -> Sequence[Column]:
        return [
            Column("kind", self.tr("Register"), lambda h: h.kind, labels=HonourKind),
            Column("name", self.tr("Name"), lambda h: h.name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda h: f"{h.group_no}组"),
            Column("year", self.tr("Year"), lambda h: h.year, ColumnKind.NUMBER),
            Column("basis", self.tr("Basis"), lambda h: h.basis),
            Column("status", self.tr("Status"), lambda h: h.status, labels=HonourStatus),
        ]

    def row_color(self, honour: Honour) -> str | None:
        return MUTED_COLOR if honour.status == HonourStatus.REVOKED.value else None

    def load(self) -> list[Honour]:
        return law_registers.list_honours(self.ctx.session, kind=self.choice_value() or None)

    def detail(self, honour: Honour) -> Detail:
        fields = [
            (self.tr("Register"), HonourKind(honour.kind).label),
            (self.tr("Group"), f"{honour.group_no}组"),
            (self.tr("Year"), str(honour.year)),
            (self.tr("Basis"), honour.basis),
            (self.tr("Status"), HonourStatus(honour.status).label),
        ]
        if honour.status == HonourStatus.REVOKED.value:
            fields.append(
                (self.tr("Revoked"), f"{format_date(honour.revoked_on)} {honour.revoke_reason}")
            )
        revoke = Action(
            "revokeHonour",
            self.tr("Revoke"),
            lambda: self.revoke(honour.id),
            refusal=self.tr("Already revoked.")
            if honour.status == HonourStatus.REVOKED.value
            else "",
        )
        return Detail(honour.name, fields, actions=[revoke])

    def new_record(self) -> FormDialog:
        session = self.ctx.session

        def submit(values: dict[str, Any]) -> Honour:
            person = values["person_id"] or ""
            return law_registers.name_honour(
                session, honour_from(values, household_of(session, person) if person else "")
            )

        return self.open_form(
            self.tr("Name to a register"),
            HonourForm().new(person_choices(session), household_choices(session), this_year()),
            submit,
            select_result=True,
        )

    def revoke(self, honour_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Revoke"),
            HonourForm().revoke(),
            lambda v: law_registers.revoke_honour(
                self.ctx.session, honour_id, reason=v["revoke_reason"], on=v["on"].isoformat()
            ),
        )

    def print_selected(self, page: str = "A4") -> object:
        year = this_year()
        self.preview(
            lambda: law_print.print_honours(self.ctx.session, year).pdf,
            self.tr("Registers' public notice {year}").format(year=year),
        )
        return True
