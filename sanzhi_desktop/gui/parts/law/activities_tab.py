"""普法活动: activities by audience (法律七进), each against a duty of the town's list."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law_duties import SEVEN_AUDIENCES, Activity
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.activities_form import ActivityForm, activity_from
from sanzhi_desktop.services import law_publicity


class ActivitiesTab(RecordTab):
    name = "lawActivities"
    tables = frozenset({"law_activities", "law_duties"})
    date_column = "held"

    def title(self) -> str:
        return self.tr("Publicity")

    def owns(self, table: str) -> bool:
        """Activities only: a duty's to-do opens the duty list."""
        return table == "law_activities"

    def empty_text(self) -> str:
        return self.tr("No publicity activities yet. Click “New” to record the first one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All audiences"), [(a, a) for a in SEVEN_AUDIENCES])

    def columns(self) -> Sequence[Column]:
        return [
            Column("held", self.tr("Date"), lambda a: a.held_on, ColumnKind.DATE),
            Column("audience", self.tr("Audience"), lambda a: a.audience),
            Column("topic", self.tr("Topic"), lambda a: a.topic),
            Column("form", self.tr("Form"), lambda a: a.form),
            Column("organiser", self.tr("Organiser"), lambda a: a.organiser),
            Column("people", self.tr("Participants"), lambda a: a.participants, ColumnKind.NUMBER),
            Column("duty", self.tr("Duty"), self._duty),
        ]

    def _duty(self, activity: Activity) -> str:
        duties = {d.code: d.duty for d in law_publicity.duty_list(self.ctx.session)}
        return duties.get(activity.duty_code, "")

    def load(self) -> list[Activity]:
        audience = self.choice_value()
        return [
            a
            for a in law_publicity.list_activities(self.ctx.session)
            if not audience or a.audience == audience
        ]

    def detail(self, activity: Activity) -> Detail:
        fields = [
            (self.tr("Date"), format_date(activity.held_on)),
            (self.tr("Audience"), activity.audience),
            (self.tr("Form"), activity.form),
            (self.tr("Organiser"), activity.organiser),
            (self.tr("Participants"), str(activity.participants)),
            (self.tr("Duty"), self._duty(activity)),
        ]
        activity_id = activity.id
        delete = Action(
            "deleteLawActivity",
            self.tr("Delete"),
            lambda: (
                self.confirm(self.tr("Delete"), self.tr("Delete this activity?"))
                and self.act(lambda: law_publicity.delete_activity(self.ctx.session, activity_id))
            ),
        )
        return Detail(activity.topic, fields, actions=[delete])

    def new_record(self) -> FormDialog:
        session = self.ctx.session
        return self.open_form(
            self.tr("New publicity activity"),
            ActivityForm().new(law_publicity.duty_list(session)),
            lambda v: law_publicity.record_activity(session, activity_from(v)),
            select_result=True,
        )
