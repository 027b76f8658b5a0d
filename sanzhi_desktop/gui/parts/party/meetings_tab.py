"""三会一课: the branch's meetings with their attendance; missed periods shown in red."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.party_meetings import MeetingKind, PartyMeeting
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.choices import members
from sanzhi_desktop.gui.parts.party.meetings_form import MeetingForm, meeting_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import party, party_meetings


class MeetingsTab(RecordTab):
    name = "partyMeetings"
    tables = frozenset({"party_meetings", "party_members", "party_settings"})
    date_column = "held"

    def title(self) -> str:
        return self.tr("Meetings")

    def search_hint(self) -> str:
        return self.tr("Search topics")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("All kinds"), [(k.label, k.value) for k in MeetingKind])

    def columns(self) -> Sequence[Column]:
        return [
            Column("held", self.tr("Date"), lambda m: m.held_on, ColumnKind.DATE),
            Column("kind", self.tr("Kind"), lambda m: m.kind, labels=MeetingKind),
            Column("topic", self.tr("Topic"), lambda m: m.topic),
            Column("expected", self.tr("Expected"), lambda m: m.expected, ColumnKind.NUMBER),
            Column("present", self.tr("Present"), lambda m: m.present, ColumnKind.NUMBER),
        ]

    def empty_text(self) -> str:
        return self.tr("No meetings recorded yet. Click “New” to record the first one.")

    def load(self) -> list[PartyMeeting]:
        self._show_missed()
        kind = self.choice_value()
        meetings = party_meetings.list_meetings(self.ctx.session)
        return [m for m in reversed(meetings) if not kind or m.kind == kind]

    def _show_missed(self) -> None:
        missed = party_meetings.missed_meetings(self.ctx.session)
        recent = "；".join(m.text for m in missed[-3:])
        self.filters.note.setObjectName("partyMissed")
        self.filters.note.setText(
            self.tr("Not held {0} times, lately: {1}").format(len(missed), recent) if missed else ""
        )
        self.filters.note.setStyleSheet(f"color: {ERROR_COLOR};")

    def detail(self, meeting: PartyMeeting) -> Detail:
        everyone = {m.id: m.name for m in party.list_members(self.ctx.session, on="")}
        present = [everyone.get(i, "") for i in meeting.attendee_ids()]
        absent = [
            m.name
            for m in party.list_members(self.ctx.session, on=meeting.held_on)
            if m.id not in set(meeting.attendee_ids())
        ]
        fields = [
            (self.tr("Kind"), meeting.kind_label),
            (self.tr("Date"), format_date(meeting.held_on)),
            (self.tr("Chaired by"), meeting.host),
            (
                self.tr("Attendance"),
                self.tr("expected {0}, present {1}").format(meeting.expected, meeting.present),
            ),
            (self.tr("Present"), "、".join(p for p in present if p)),
            (
                self.tr("Absent"),
                "、".join(absent) + (f"（{meeting.absent_note}）" if meeting.absent_note else ""),
            ),
            (self.tr("Minutes"), meeting.minutes),
        ]
        year = int(meeting.held_on[:4])
        actions = [
            Action(
                "printMeetings",
                self.tr("Print the {0} register").format(year),
                lambda: self.print_year(year),
            )
        ]
        return Detail(meeting.topic, fields, actions=actions)

    def new_record(self) -> FormDialog:
        host = party.get_branch(self.ctx.session)
        return self.open_form(
            self.tr("Record a meeting"),
            MeetingForm().new(members(self.ctx), host.secretary if host else ""),
            lambda v: party_meetings.record_meeting(self.ctx.session, *meeting_from(v)),
            select_result=True,
            note=self.tr(
                "Everyone who was a member on the day is ticked: untick who was absent. "
                "Expected and present are counted from the ticks."
            ),
        )

    def print_year(self, year: int) -> None:
        self.preview(
            lambda: party_meetings.print_meetings_register(self.ctx.session, year).pdf,
            self.tr("Meetings register {0}").format(year),
        )

    def print_selected(self, page: str = "A4") -> object:
        meeting = self.selected_record()
        year = int(meeting.held_on[:4]) if meeting is not None else int(party.today_iso()[:4])
        self.print_year(year)
        return year
