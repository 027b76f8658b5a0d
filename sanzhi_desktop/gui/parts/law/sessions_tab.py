"""学法记录: each session with who attended; the year's sheet is printed from here."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law import SESSION_FORMS, StudySession
from sanzhi_desktop.gui.kit.choices import person_choices, this_year
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.sessions_form import (
    SessionForm,
    attendees_from,
    materials_from,
    session_from,
)
from sanzhi_desktop.services import law, law_print


class SessionsTab(RecordTab):
    name = "lawSessions"
    tables = frozenset({"law_sessions", "law_learners"})
    date_column = "held"

    def title(self) -> str:
        return self.tr("Study sessions")

    def owns(self, table: str) -> bool:
        """Sessions only: a learner's to-do opens the study list."""
        return table == "law_sessions"

    def empty_text(self) -> str:
        return self.tr("No study sessions yet. Click “New” to record the first one.")

    def search_hint(self) -> str:
        return self.tr("Search topics, lecturers")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All forms"), [(f, f) for f in SESSION_FORMS])

    def columns(self) -> Sequence[Column]:
        return [
            Column("held", self.tr("Date"), lambda s: s.held_on, ColumnKind.DATE),
            Column("form", self.tr("Form"), lambda s: s.form),
            Column("topic", self.tr("Topic"), lambda s: s.topic),
            Column("lecturer", self.tr("Lecturer"), lambda s: s.lecturer, ColumnKind.NAME),
            Column("audience", self.tr("Audience"), lambda s: s.audience),
            Column("hours", self.tr("Hours"), lambda s: f"{s.hours:g}"),
            Column(
                "attendees",
                self.tr("Attended"),
                lambda s: len(s.attendee_list()),
                ColumnKind.NUMBER,
            ),
        ]

    def load(self) -> list[StudySession]:
        form = self.choice_value()
        return [s for s in law.list_sessions(self.ctx.session) if not form or s.form == form]

    def detail(self, study: StudySession) -> Detail:
        people = [
            a.name + (f"（{a.score}分）" if a.score is not None else "")
            for a in study.attendee_list()
        ]
        fields = [
            (self.tr("Date"), format_date(study.held_on)),
            (self.tr("Form"), study.form),
            (self.tr("Lecturer"), study.lecturer),
            (self.tr("Audience"), study.audience),
            (self.tr("Hours"), f"{study.hours:g}"),
            (self.tr("Attended"), "、".join(people)),
            (self.tr("Materials"), "、".join(study.material_list())),
        ]
        session_id = study.id
        delete = Action(
            "deleteLawSession",
            self.tr("Delete"),
            lambda: (
                self.confirm(
                    self.tr("Delete"),
                    self.tr("Delete this session? It no longer counts for anyone."),
                )
                and self.act(lambda: law.delete_session(self.ctx.session, session_id))
            ),
        )
        return Detail(study.topic, fields, actions=[delete])

    def new_record(self) -> FormDialog:
        session = self.ctx.session
        learners = law.list_learners(session)
        people = person_choices(session)
        return self.open_form(
            self.tr("New study session"),
            SessionForm().new(learners, people),
            lambda v: law.record_session(
                session,
                session_from(v, learners),
                attendees=attendees_from(v, learners, people),
                materials=materials_from(v),
            ),
            select_result=True,
        )

    def print_selected(self, page: str = "A4") -> object:
        year = this_year()
        self.preview(
            lambda: law_print.print_ledger(self.ctx.session, year).pdf,
            self.tr("Law study and publicity ledger {year}").format(year=year),
        )
        return True
