"""The fields of a party membership: the person, status, dates, 流动, transfers."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party import MemberStatus, PartyMember
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")


class MemberForm(QObject):
    def new(self, people: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "person_id",
                self.tr("Person (from the roster)"),
                FieldKind.PERSON,
                choices=people,
                placeholder=self.tr("type a name to find the person"),
            ),
            *self._common(None),
        ]

    def edit(self, member: PartyMember) -> list[FieldSpec]:
        return self._common(member)

    def _common(self, member: PartyMember | None) -> list[FieldSpec]:
        statuses = [(s.label, s.value) for s in MemberStatus]
        return [
            FieldSpec(
                "status",
                self.tr("Status"),
                FieldKind.CHOICE,
                member.status if member else MemberStatus.FULL.value,
                statuses,
            ),
            FieldSpec(
                "joined_date",
                self.tr("Joined the party"),
                FieldKind.DATE,
                date.fromisoformat(member.joined_date) if member else None,
            ),
            FieldSpec(
                "flowing",
                self.tr("Member working away"),
                FieldKind.FLAG,
                bool(member.flowing) if member else False,
                placeholder=self.tr("流动党员: works or lives away, still this branch's"),
            ),
            FieldSpec("flow_place", self.tr("Where"), value=member.flow_place if member else ""),
            FieldSpec("note", self.tr("Note"), value=member.note if member else ""),
        ]

    def full(self) -> list[FieldSpec]:
        return [FieldSpec("full_date", self.tr("Full membership from"), FieldKind.DATE)]

    def transfer(self) -> list[FieldSpec]:
        return [
            FieldSpec("transfer_out_date", self.tr("Transferred out on"), FieldKind.DATE),
            FieldSpec("transfer_out_to", self.tr("To (party organisation)")),
        ]


def member_from(values: dict[str, Any], old: PartyMember | None = None) -> PartyMember:
    base = old or PartyMember(person_id=str(values.get("person_id") or ""))
    return replace(
        base,
        status=values["status"],
        joined_date=_iso(values["joined_date"]),
        flowing=int(bool(values["flowing"])),
        flow_place=values["flow_place"] if values["flowing"] else "",
        note=values["note"],
    )
