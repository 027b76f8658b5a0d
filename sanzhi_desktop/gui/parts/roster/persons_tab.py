"""村民: the roster's persons — one row per villager with the household's 户号, head and group.

A kit record tab over a lazy list: a town's roster holds 110,000 persons, so
the rows come a page at a time from :func:`services.roster.person_pages`,
searched, filtered by group and sorted (names in pinyin, by stored key) in
SQL. ID numbers and phones are masked in the table and the detail pane until
the clerk presses 显示身份证号; leaving the page or reloading masks them again,
so a number is never left on screen by accident.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from sanzhi_desktop.domain.idcard import mask_id_number
from sanzhi_desktop.domain.roster import RosterFilter, age_on, mask_phone
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.kit.table_model import RowSource
from sanzhi_desktop.gui.parts.roster import household_actions
from sanzhi_desktop.gui.widgets import MUTED_COLOR, format_datetime
from sanzhi_desktop.services import calendar, changelog, roster


class PersonsTab(RecordTab):
    name = "roster"  # rosterTable, rosterSearch, rosterChoice, rosterDetailPane…
    tables = frozenset({"persons", "households"})
    lazy = True

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        self.reveal = False
        self._today = calendar.today()
        super().__init__(ctx, parent)
        self.reveal_button = QPushButton(self.tr("Show ID numbers"), self.filters)
        self.reveal_button.setObjectName("revealIds")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip(
            self.tr("Show full ID numbers and phone numbers until you leave this page")
        )
        self.reveal_button.toggled.connect(self.set_reveal)
        self.count_label = QLabel(self.filters)
        self.count_label.setObjectName("rosterCount")
        self.count_label.setStyleSheet(f"color: {MUTED_COLOR};")
        layout = self.filters.layout()
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.count_label)
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.edit_person())

    def title(self) -> str:
        return self.tr("Villagers")

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Name"), lambda r: r["name"], ColumnKind.NAME),
            Column("sex", self.tr("Sex"), lambda r: r["sex"]),
            Column("ethnicity", self.tr("Ethnicity"), lambda r: r["ethnicity"]),
            Column("birth", self.tr("Date of birth"), lambda r: r["birth_date"], ColumnKind.DATE),
            Column("age", self.tr("Age"), self._age, ColumnKind.NUMBER),
            Column("id_number", self.tr("ID number"), self._id_number),
            Column("phone", self.tr("Phone"), self._phone),
            Column("household_no", self.tr("Household no."), lambda r: r["household_no"]),
            Column("head", self.tr("Household head"), lambda r: r["head_name"], ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda r: r["group_no"], ColumnKind.NUMBER),
            Column("relation", self.tr("Relation"), lambda r: r["relation"]),
        ]

    def _age(self, row: dict[str, Any]) -> int | None:
        return age_on(row["birth_date"] or "", self._today)

    def _id_number(self, row: dict[str, Any]) -> str:
        value = row["id_number"] or ""
        return value if self.reveal or not value else mask_id_number(value)

    def _phone(self, row: dict[str, Any]) -> str:
        value = row["phone"] or ""
        return value if self.reveal else mask_phone(value)

    def empty_text(self) -> str:
        if self.filters_active():
            return self.tr("No villager matches. Change the search or choose All groups.")
        return self.tr("No villagers yet. Click New household, or import an .xlsx roster.")

    def search_hint(self) -> str:
        return self.tr("Search name, ID number, phone, household no., head, address (Ctrl+F)")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All groups"), [])

    def filters_active(self) -> bool:
        return hasattr(self, "filters") and (
            bool(self.filters.search_text()) or self.choice_value() not in (None, "")
        )

    def current_filter(self) -> RosterFilter:
        """What the table shows now: the search text and the chosen group."""
        group = self.choice_value()
        return RosterFilter(
            text=self.filters.search_text(), group_no=None if group in (None, "") else int(group)
        )

    # --- loading ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the groups and the rows; identifiers go back to masked."""
        if self.ctx.session.profile is not None:
            groups = roster.list_group_numbers(self.ctx.session)
            self.filters.set_choices(
                [(self.tr("Group {0}").format(g), g) for g in groups], self.choice_value()
            )
        self.reveal_button.setChecked(False)
        self._today = calendar.today()
        super().refresh()
        self._after_load()

    def requery(self) -> None:
        super().requery()
        self._after_load()

    def _after_load(self) -> None:
        self.empty.setText(self.empty_text())
        if self.ctx.session.profile is None:
            return
        count = roster.count_persons(self.ctx.session, self.current_filter())
        self.count_label.setText(self.tr("{0} persons").format(f"{count:,}"))

    def open_rows(self, search: str, sort: str, descending: bool) -> RowSource:
        return roster.person_pages(
            self.ctx.session, self.current_filter(), sort=sort, descending=descending
        )

    def set_reveal(self, reveal: bool) -> None:
        """Full ID numbers and phones (True) or masked ones, in the table and the pane."""
        if reveal != self.reveal_button.isChecked():
            self.reveal_button.setChecked(reveal)
            return
        self.reveal = reveal
        self.model.layoutChanged.emit()
        self.show_selected()

    def hideEvent(self, event: Any) -> None:
        """Leaving the page masks the identifiers again."""
        super().hideEvent(event)
        self.reveal_button.setChecked(False)

    # --- detail -------------------------------------------------------------------------------

    def detail(self, row: dict[str, Any]) -> Detail:
        born = row["birth_date"] or ""
        age = age_on(born, self._today)
        birth = format_date(born) + (self.tr(" ({0} years)").format(age) if age is not None else "")
        members = roster.list_persons(
            self.ctx.session, RosterFilter(household_id=row["household_id"])
        )
        fields = [
            (self.tr("Sex"), row["sex"] or "—"),
            (self.tr("Ethnicity"), row["ethnicity"] or "—"),
            (self.tr("Date of birth"), birth or "—"),
            (self.tr("ID number"), self._id_number(row) or "—"),
            (self.tr("Phone"), self._phone(row) or "—"),
            (
                self.tr("Household"),
                self.tr("{0} · head {1} · group {2}").format(
                    row["household_no"], row["head_name"], row["group_no"]
                ),
            ),
            (self.tr("Relation to head"), row["relation"] or "—"),
            (self.tr("Address"), row["address"] or "—"),
            (self.tr("Note"), row["note"] or "—"),
            (self.tr("History"), "\n".join(self.history(row)) or "—"),
        ]
        actions = household_actions.person_actions(self, row) + [
            Action(
                f"member_{m['id']}",
                f"{m['name']}（{m['relation']}）" + (" ●" if m["id"] == row["id"] else ""),
                lambda pid=m["id"]: self.select(str(pid)),
            )
            for m in members
        ]
        return Detail(row["name"], fields, actions=actions)

    def history(self, row: dict[str, Any]) -> list[str]:
        """The person's and the household's change-log rows, newest first."""
        session = self.ctx.session
        changes = changelog.list_changes(
            session, table="persons", record_id=row["id"], limit=50
        ) + changelog.list_changes(
            session, table="households", record_id=row["household_id"], limit=50
        )
        changes.sort(key=lambda c: c.seq, reverse=True)
        return [
            f"{format_datetime(c.at)} {c.operator} {changelog.describe_change(c)}" for c in changes
        ]

    # --- doing things -------------------------------------------------------------------------

    def new_record(self) -> object:
        """A person needs a household: with none yet, start with the household."""
        row = self.selected_record()
        return household_actions.new_person(self, row["household_id"] if row else None)

    def edit_person(self) -> object:
        row = self.selected_record()
        return household_actions.edit_person(self, row) if row is not None else None
