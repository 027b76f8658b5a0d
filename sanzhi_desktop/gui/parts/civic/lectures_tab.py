"""道德讲堂: the lecture sessions, with topic, speaker and attendance."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.family_rules import MoralLecture
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import iso_dates
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.civic.family_rules_form import FamilyRulesForm
from sanzhi_desktop.services import family_rules


class LecturesTab(RecordTab):
    name = "lectures"
    tables = frozenset({"moral_lectures"})
    date_column = "held_on"

    def title(self) -> str:
        return self.tr("Moral lectures")

    def empty_text(self) -> str:
        return self.tr("No lectures yet. Click “New” to record the first.")

    def columns(self) -> Sequence[Column]:
        return [
            Column("held_on", self.tr("Date"), lambda r: r.held_on, ColumnKind.DATE),
            Column("topic", self.tr("Topic"), lambda r: r.topic),
            Column("speaker", self.tr("Speaker"), lambda r: r.speaker, ColumnKind.NAME),
            Column("attendance", self.tr("Attendance"), lambda r: r.attendance, ColumnKind.NUMBER),
        ]

    def load(self) -> list[MoralLecture]:
        return family_rules.list_lectures(self.ctx.session)

    def detail(self, r: MoralLecture) -> Detail:
        fields = [
            (self.tr("Speaker"), r.speaker),
            (self.tr("Attendance"), str(r.attendance)),
            (self.tr("Content"), r.content),
        ]
        return Detail(r.topic, [(k, v) for k, v in fields if v])

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New lecture"),
            FamilyRulesForm().lecture(),
            lambda v: family_rules.record_lecture(
                self.ctx.session,
                MoralLecture(
                    held_on=iso_dates(v)["held_on"],
                    topic=v["topic"],
                    speaker=v["speaker"],
                    attendance=int(v["attendance"]),
                    content=v["content"],
                ),
            ),
            select_result=True,
        )
