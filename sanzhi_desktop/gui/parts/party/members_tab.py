"""党员名册: the branch's members, from the roster; 转正, 转出 and corrections."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.party import MemberStatus, PartyMember
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.choices import people
from sanzhi_desktop.gui.parts.party.members_form import MemberForm, member_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR, MUTED_COLOR
from sanzhi_desktop.services import party

#: the filter's extra choice: members who left (transferred out) too
EVERYONE = "everyone"


class MembersTab(RecordTab):
    name = "partyMembers"
    tables = frozenset({"party_members", "persons", "households"})
    date_column = "joined"

    def title(self) -> str:
        return self.tr("Members")

    def search_hint(self) -> str:
        return self.tr("Search by name")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(
            self.tr("Current members"),
            [
                *((s.label, s.value) for s in MemberStatus),
                (self.tr("Working away"), "flowing"),
                (self.tr("Including those transferred out"), EVERYONE),
            ],
        )

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Name"), lambda m: m.name, ColumnKind.NAME),
            Column("group", self.tr("Group"), lambda m: m.group_no, ColumnKind.NUMBER),
            Column("status", self.tr("Status"), lambda m: m.status, labels=MemberStatus),
            Column("joined", self.tr("Joined"), lambda m: m.joined_date, ColumnKind.DATE),
            Column("away", self.tr("Working away"), lambda m: m.flow_place if m.flowing else ""),
            Column(
                "out", self.tr("Transferred out"), lambda m: m.transfer_out_date, ColumnKind.DATE
            ),
        ]

    def empty_text(self) -> str:
        return self.tr("No party members yet. Click “New” and choose a person from the roster.")

    def load(self) -> list[PartyMember]:
        choice = self.choice_value()
        members = party.list_members(self.ctx.session, on="" if choice == EVERYONE else None)
        if choice == "flowing":
            return [m for m in members if m.flowing]
        if choice in {s.value for s in MemberStatus}:
            return [m for m in members if m.status == choice]
        return members

    def row_color(self, member: PartyMember) -> str | None:
        if member.transfer_out_date:
            return MUTED_COLOR
        ends = member.probation_ends()
        return ERROR_COLOR if ends is not None and ends.isoformat() <= party.today_iso() else None

    def detail(self, member: PartyMember) -> Detail:
        fields = [
            (self.tr("Group"), f"{member.group_no}组"),
            (self.tr("Status"), member.status_label),
            (self.tr("Joined"), format_date(member.joined_date)),
        ]
        if member.full_date:
            fields.append((self.tr("Full member since"), format_date(member.full_date)))
        ends = member.probation_ends()
        if ends is not None:
            fields.append((self.tr("Probation ends"), format_date(ends.isoformat())))
        if member.flowing:
            fields.append((self.tr("Working away"), member.flow_place))
        if member.transfer_out_date:
            fields.append(
                (
                    self.tr("Transferred out"),
                    f"{format_date(member.transfer_out_date)} → {member.transfer_out_to}",
                )
            )
        if member.note:
            fields.append((self.tr("Note"), member.note))
        gone = bool(member.transfer_out_date)
        actions = [
            Action(
                "makeFullMember",
                self.tr("Full membership (转正)"),
                lambda: self.make_full(member),
                refusal=self._full_refusal(member),
            ),
            Action(
                "transferOut",
                self.tr("Transfer out"),
                lambda: self.transfer(member),
                refusal=self.tr("Already transferred out.") if gone else "",
            ),
            Action("editMember", self.tr("Edit"), lambda: self.edit(member)),
        ]
        steps = [self.tr("Probationary"), self.tr("Full member")]
        current = 0 if member.status == MemberStatus.PROBATION else 1
        return Detail(member.name, fields, steps, current, actions)

    def _full_refusal(self, member: PartyMember) -> str:
        if member.status != MemberStatus.PROBATION or member.transfer_out_date:
            return self.tr("Only a probationary member becomes a full member.")
        ends = member.probation_ends()
        if ends is not None and ends.isoformat() > party.today_iso():
            return self.tr("The year of probation ends on {0}.").format(
                format_date(ends.isoformat())
            )
        return ""

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New party member"),
            MemberForm().new(people(self.ctx)),
            lambda v: party.add_member(self.ctx.session, member_from(v)),
            select_result=True,
        )

    def edit(self, member: PartyMember) -> FormDialog:
        return self.open_form(
            self.tr("Party member: {0}").format(member.name),
            MemberForm().edit(member),
            lambda v: party.update_member(self.ctx.session, member_from(v, member)),
            select_result=True,
        )

    def make_full(self, member: PartyMember) -> FormDialog:
        return self.open_form(
            self.tr("Full membership: {0}").format(member.name),
            MemberForm().full(),
            lambda v: party.make_full_member(
                self.ctx.session, member.id, full_date=v["full_date"].isoformat()
            ),
        )

    def transfer(self, member: PartyMember) -> FormDialog:
        return self.open_form(
            self.tr("Transfer out: {0}").format(member.name),
            MemberForm().transfer(),
            lambda v: party.transfer_out(
                self.ctx.session,
                member.id,
                out_date=v["transfer_out_date"].isoformat(),
                to=v["transfer_out_to"],
            ),
        )
