"""户: the roster's households — 户号, head, group, address and how many live there.

A lazy kit record tab like the persons tab (a town holds tens of thousands
of households): :func:`services.roster.household_pages` reads them a page at
a time, searched and sorted in SQL (heads and addresses in pinyin). The
detail pane lists the members, each a button that opens them in the persons tab.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.roster import RosterFilter
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.kit.table_model import RowSource
from sanzhi_desktop.gui.parts.roster import household_actions
from sanzhi_desktop.services import roster


class HouseholdsTab(RecordTab):
    name = "households"
    tables = frozenset({"persons", "households"})
    lazy = True

    def __init__(
        self,
        ctx: GuiContext,
        parent: QWidget | None = None,
        *,
        open_person: Callable[[str], object] | None = None,
    ) -> None:
        self._open_person = open_person
        super().__init__(ctx, parent)
        self.table.activated.connect(lambda _index: self.edit_selected())

    def title(self) -> str:
        return self.tr("Households")

    def columns(self) -> Sequence[Column]:
        return [
            Column("household_no", self.tr("Household no."), lambda r: r["household_no"]),
            Column("head", self.tr("Household head"), lambda r: r["head_name"], ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda r: r["group_no"], ColumnKind.NUMBER),
            Column("members", self.tr("Members"), lambda r: r["members"], ColumnKind.NUMBER),
            Column("address", self.tr("Address"), lambda r: r["address"]),
            Column("note", self.tr("Note"), lambda r: r["note"]),
        ]

    def empty_text(self) -> str:
        if hasattr(self, "filters") and (self.filters.search_text() or self.choice_value()):
            return self.tr("No household matches. Change the search or choose All groups.")
        return self.tr("No households yet. Click “New” to add the first one.")

    def search_hint(self) -> str:
        return self.tr("Search household no., head, address")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All groups"), [])

    def refresh(self) -> None:
        if self.ctx.session.profile is not None:
            groups = roster.list_group_numbers(self.ctx.session)
            self.filters.set_choices(
                [(self.tr("Group {0}").format(g), g) for g in groups], self.choice_value()
            )
        super().refresh()
        self.empty.setText(self.empty_text())

    def requery(self) -> None:
        super().requery()
        self.empty.setText(self.empty_text())

    def open_rows(self, search: str, sort: str, descending: bool) -> RowSource:
        group = self.choice_value()
        return roster.household_pages(
            self.ctx.session,
            group_no=None if group in (None, "") else int(group),
            text=search,
            sort=sort,
            descending=descending,
        )

    def detail(self, row: dict[str, Any]) -> Detail:
        household_id = str(row["id"])
        members = roster.list_persons(self.ctx.session, RosterFilter(household_id=household_id))
        fields = [
            (self.tr("Household no."), row["household_no"]),
            (self.tr("Household head"), row["head_name"]),
            (self.tr("Group"), str(row["group_no"])),
            (self.tr("Address"), row["address"] or "—"),
            (self.tr("Note"), row["note"] or "—"),
            (self.tr("Members"), str(len(members))),
        ]
        actions = [
            Action(
                "editHousehold",
                self.tr("Edit household"),
                lambda: household_actions.edit_household(self, household_id),
            ),
            Action(
                "addMember",
                self.tr("Add member"),
                lambda: household_actions.open_person(self, household_id=household_id),
            ),
            Action(
                "householdRecord",
                self.tr("Household record…"),
                lambda: household_actions.show_household_record(self, household_id),
            ),
            Action(
                "deleteHousehold",
                self.tr("Delete household"),
                lambda: household_actions.delete_household(self, household_id),
            ),
        ]
        if self._open_person is not None:
            opener = self._open_person
            actions += [
                Action(
                    f"member_{m['id']}",
                    f"{m['name']}（{m['relation']}）",
                    lambda pid=m["id"]: opener(str(pid)),
                )
                for m in members
            ]
        return Detail(self.tr("Household {0}").format(row["household_no"]), fields, actions=actions)

    def new_record(self) -> object:
        return household_actions.new_household(self)

    def edit_selected(self) -> object:
        row = self.selected_record()
        if row is None:
            return None
        return household_actions.edit_household(self, str(row["id"]))
