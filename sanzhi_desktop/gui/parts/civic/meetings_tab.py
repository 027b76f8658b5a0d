"""五会会议 and 双评议: every council's meetings of a year; 双评议 lists the two kinds together."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.councils import COUNCIL_KINDS, DUAL_REVIEW_KINDS, CouncilMeeting
from sanzhi_desktop.gui.kit.choices import this_year
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.services import councils

#: The filter's value for 双评议 (道德评议 and 乡贤议事 together).
DUAL = "dual"


class MeetingsTab(RecordTab):
    name = "councilMeetings"
    tables = frozenset({"council_meetings", "councils"})
    date_column = "held_on"

    def title(self) -> str:
        return self.tr("Meetings")

    def empty_text(self) -> str:
        return self.tr("No meetings recorded yet. Record one from a council on the Councils tab.")

    def search_hint(self) -> str:
        return self.tr("Search topics and decisions")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(
            self.tr("All councils"),
            [(self.tr("Dual review (moral review and worthies)"), DUAL)]
            + [(name, kind) for kind, name in COUNCIL_KINDS.items()],
        )

    def columns(self) -> Sequence[Column]:
        return [
            Column("held_on", self.tr("Date"), lambda m: m.held_on, ColumnKind.DATE),
            Column("council", self.tr("Council"), lambda m: m.kind, labels=COUNCIL_KINDS),
            Column("topic", self.tr("Topic"), lambda m: m.topic),
            Column(
                "present",
                self.tr("Present / expected"),
                lambda m: f"{m.present_count}/{m.expected_count}",
            ),
            Column("decisions", self.tr("Decisions"), lambda m: m.decisions),
        ]

    def load(self) -> list[CouncilMeeting]:
        choice = self.choice_value()
        meetings = councils.list_meetings(self.ctx.session)
        if choice == DUAL:
            year = this_year()
            return [
                m
                for m in meetings
                if m.kind in DUAL_REVIEW_KINDS and m.held_on[:4] >= str(year - 4)
            ]
        return [m for m in meetings if not choice or m.kind == choice]

    def detail(self, m: CouncilMeeting) -> Detail:
        fields = [
            (self.tr("Council"), COUNCIL_KINDS.get(m.kind, m.kind)),
            (self.tr("Present / expected"), f"{m.present_count}/{m.expected_count}"),
            (self.tr("Who came"), m.attendees),
            (self.tr("Minutes"), m.minutes),
            (self.tr("Decisions"), m.decisions),
        ]
        return Detail(m.topic, [(k, v) for k, v in fields if v])
