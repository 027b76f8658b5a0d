"""信访 register: petitions with their 包案 leader and deadline; steps and closing.

Never printed: the tab has no print action (petitions are never on a sheet).
"""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.petitions import Petition, PetitionStatus, PetitionStep
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.safety.people import people
from sanzhi_desktop.gui.parts.safety.petitions_form import PetitionForm, iso, petition_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import petitions, screening


class PetitionsTab(RecordTab):
    name = "petitions"
    tables = frozenset({"petitions", "petition_steps"})
    date_column = "received"

    def title(self) -> str:
        return self.tr("Petitions")

    def columns(self) -> Sequence[Column]:
        return [
            Column("received", self.tr("Received"), lambda p: p.received_date, ColumnKind.DATE),
            Column("petitioner", self.tr("Petitioner"), lambda p: p.petitioner, ColumnKind.NAME),
            Column("channel", self.tr("Channel"), lambda p: p.channel),
            Column("matter", self.tr("Matter"), lambda p: p.matter),
            Column("owner", self.tr("Leader in charge"), lambda p: p.case_owner, ColumnKind.NAME),
            Column("deadline", self.tr("Deadline"), lambda p: p.deadline, ColumnKind.DATE),
            Column("status", self.tr("Status"), self._status),
        ]

    def _status(self, petition: Petition) -> str:
        if petition.overdue(screening.today()):
            return self.tr("overdue")
        return PetitionStatus(petition.status).label

    def row_color(self, petition: Petition) -> str | None:
        return ERROR_COLOR if petition.overdue(screening.today()) else None

    def empty_text(self) -> str:
        return self.tr("No petitions registered. Click “New” to register one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All states"), [(s.label, s.value) for s in PetitionStatus])

    def load(self) -> list[Petition]:
        return petitions.list_petitions(self.ctx.session, status=self.choice_value() or None)

    def detail(self, petition: Petition) -> Detail:
        steps = petitions.list_steps(self.ctx.session, petition.id)
        fields = [
            (self.tr("Petitioner"), f"{petition.petitioner}（{petition.people}人）"),
            (self.tr("Received"), f"{format_date(petition.received_date)} {petition.channel}"),
            (self.tr("Matter"), petition.matter),
            (self.tr("Leader in charge"), petition.case_owner),
            (self.tr("Deadline"), format_date(petition.deadline)),
            *((s.kind, f"{format_date(s.step_date)} {s.handler} {s.note}".strip()) for s in steps),
            (self.tr("Result"), petition.result),
            (self.tr("Satisfaction"), petition.satisfaction),
        ]
        closed = "" if petition.is_open else self.tr("The petition is closed.")
        actions = [
            Action(
                "stepPetition",
                self.tr("Assign / pass on / chase"),
                lambda: self.step(petition.id),
                closed,
            ),
            Action("closePetition", self.tr("Close"), lambda: self.close_one(petition.id), closed),
        ]
        labels = [self.tr("Registered"), self.tr("Being handled"), self.tr("Closed")]
        current = 2 if not petition.is_open else (1 if steps else 0)
        return Detail(petition.matter[:30], fields, labels, current, actions)

    def new_record(self) -> FormDialog:
        choices = people(self.ctx)
        return self.open_form(
            self.tr("Register a petition"),
            PetitionForm().new(choices),
            lambda v: petitions.register_petition(self.ctx.session, petition_from(v, choices)),
            select_result=True,
        )

    def step(self, petition_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Assign / pass on / chase"),
            PetitionForm().step(),
            lambda v: petitions.add_step(
                self.ctx.session,
                PetitionStep(petition_id, v["kind"], iso(v["step_date"]), v["handler"], v["note"]),
            ),
        )

    def close_one(self, petition_id: str) -> FormDialog:
        return self.open_form(
            self.tr("Close"),
            PetitionForm().close(),
            lambda v: petitions.close_petition(
                self.ctx.session,
                petition_id,
                on=iso(v["closed_date"]),
                result=v["result"],
                satisfaction=v["satisfaction"],
            ),
        )
