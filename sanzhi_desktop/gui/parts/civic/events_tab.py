"""移风易俗: the 红白理事会's register of weddings and funerals, and the findings over a limit.

Never printed: the register carries 彩礼 amounts, which stay with the council.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanzhi_desktop.domain.custom_reform import EVENT_KINDS, HANDLINGS, CustomEvent, CustomLimits
from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.gui.kit.choices import household_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.format import format_date, format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.civic.councils_tab import moved
from sanzhi_desktop.gui.parts.civic.events_form import EventForm
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import custom_reform, village_rules

OPEN = "open"


class EventsTab(RecordTab):
    name = "customEvents"
    tables = frozenset({"custom_events", "households"})
    date_column = "held_on"

    def title(self) -> str:
        return self.tr("Weddings and funerals")

    def empty_text(self) -> str:
        return self.tr("No weddings or funerals registered yet. Click “New” to add one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All events"), [(self.tr("Over a limit, not handled"), OPEN)])

    def columns(self) -> Sequence[Column]:
        return [
            Column("held_on", self.tr("Date"), lambda e: e.held_on, ColumnKind.DATE),
            Column("head", self.tr("Household"), lambda e: e.head_name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda e: e.group_no, ColumnKind.NUMBER),
            Column("kind", self.tr("Kind"), lambda e: e.kind, labels=EVENT_KINDS),
            Column("tables", self.tr("Tables"), lambda e: e.tables, ColumnKind.NUMBER),
            Column("cars", self.tr("Cars"), lambda e: e.cars, ColumnKind.NUMBER),
            Column("finding", self.tr("Over the limits"), lambda e: e.finding),
            Column("handling", self.tr("Handled"), lambda e: e.handling, labels=HANDLINGS),
        ]

    def row_color(self, event: CustomEvent) -> str | None:
        return ERROR_COLOR if event.open_finding else None

    def load(self) -> list[CustomEvent]:
        return custom_reform.list_events(
            self.ctx.session, open_findings_only=self.choice_value() == OPEN
        )

    def detail(self, e: CustomEvent) -> Detail:
        fields = [
            (self.tr("Kind"), EVENT_KINDS.get(e.kind, e.kind)),
            (self.tr("Scale"), self.tr("{t} tables, {c} cars").format(t=e.tables, c=e.cars)),
            (self.tr("Betrothal gift"), format_money(e.betrothal_fen) if e.betrothal_fen else ""),
            (self.tr("Over the limits"), e.finding),
            (
                self.tr("Handled"),
                f"{format_date(e.handled_on)} {HANDLINGS.get(e.handling, '')} {e.handled_note}",
            ),
            (self.tr("Note"), e.note),
        ]
        refusal = ""
        if not e.finding:
            refusal = self.tr("Within the limits: nothing to handle.")
        elif e.handling:
            refusal = self.tr("Already handled.")
        steps = [self.tr("Registered"), self.tr("Over a limit"), self.tr("Handled")]
        current = 0 if not e.finding else (2 if e.handling else 1)
        actions = [Action("handleFinding", self.tr("Handle…"), self.handle, refusal=refusal)]
        title = f"{e.head_name} · {EVENT_KINDS.get(e.kind, e.kind)}"
        return Detail(
            title, [(k, v.strip()) for k, v in fields if v.strip()], steps, current, actions
        )

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("Register a wedding or funeral"),
            EventForm().register(household_choices(self.ctx.session)),
            lambda v: custom_reform.register_event(
                self.ctx.session,
                CustomEvent(
                    household_id=v["household_id"] or "",
                    head_name="",
                    group_no=0,
                    kind=v["kind"],
                    held_on=iso_dates(v)["held_on"],
                    tables=int(v["tables"]),
                    cars=int(v["cars"]),
                    betrothal_fen=int(v["betrothal_fen"] or 0),
                    note=v["note"],
                ),
            ),
            select_result=True,
        )

    def handle(self) -> FormDialog | None:
        event: CustomEvent | None = self.selected_record()
        if event is None:
            return None
        clauses: list[tuple[str, str]] = []
        version = village_rules.version_in_force(self.ctx.session)
        if version is not None:
            clauses = [
                (c.label, c.id) for c in village_rules.list_clauses(self.ctx.session, version.id)
            ]

        def submit(v: dict[str, Any]) -> object:
            v = iso_dates(v)
            black = v["handling"] == "black_list"
            try:
                return custom_reform.handle_finding(
                    self.ctx.session,
                    event.id,
                    handling=v["handling"],
                    note=v["handled_note"],
                    on=v["handled_on"],
                    clause_id=v["clause_id"] if black else "",
                    deadline=v["deadline"] if black else "",
                )
            except ValidationError as err:  # the black-list entry's own fields
                raise moved(
                    err, {"requirement": "handled_note", "reported_date": "handled_on"}
                ) from err

        return self.open_form(
            self.tr("Handle the finding"), EventForm().handle(clauses), submit, note=event.finding
        )

    def edit_limits(self) -> FormDialog:
        current = custom_reform.limits(self.ctx.session)
        return self.open_form(
            self.tr("Limits from the village rules"),
            EventForm().limits(current),
            lambda v: custom_reform.set_limits(
                self.ctx.session, CustomLimits(**{k: int(v[k]) for k in current.as_dict()})
            ),
        )
