"""The fields of every step of a mediation case, and of a committee member.

Dates start on the service's own day (``mediation.today``: the demo's
reference day in a demo); optional dates the papers print as written stay text.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.mediation import PARTY_ROLES, SOURCES, TERMINATION_ROUTES, Case, Party
from sanzhi_desktop.domain.mediation_papers import CONFIRMATION_RESULTS, PERFORMANCE, SATISFACTION
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.kit.lines_editor import LineColumn
from sanzhi_desktop.services import mediation

WRITTEN, ORAL = "written", "oral"


class CaseForm(QObject):
    def register(
        self,
        types: Sequence[str],
        mediators: Sequence[tuple[str, str]],
        persons: Sequence[tuple[str, str]],
    ) -> list[FieldSpec]:
        """受理登记. ``mediators`` and ``persons``: (label, id) pairs from the committee and roster.

        A party is a line: its role, what it is, the name (a villager picked
        from the roster by typing part of the name, or an outsider's or an
        organisation's name typed) and an organisation's representative.
        """
        kinds = [
            (self.tr("villager"), "person"),
            (self.tr("outsider"), "outsider"),
            (self.tr("organisation"), "organisation"),
        ]
        party_columns = [
            LineColumn("role", self.tr("Role"), "choice", [(r, r) for r in PARTY_ROLES], 90),
            LineColumn("kind", self.tr("Kind"), "choice", kinds, 90),
            LineColumn("name", self.tr("Name"), "person", persons, 220),
            LineColumn("representative", self.tr("Representative (organisations)")),
        ]
        return [
            FieldSpec("registered_on", self.tr("Registered on"), FieldKind.DATE, mediation.today()),
            FieldSpec("source", self.tr("Source"), FieldKind.CHOICE, SOURCES[0], SOURCES),
            FieldSpec("dispute_type", self.tr("Dispute type"), FieldKind.CHOICE, None, types),
            FieldSpec(
                "parties",
                self.tr("Parties"),
                FieldKind.LINES,
                # the two sides every dispute has, ready to be named
                [
                    {"role": PARTY_ROLES[0], "kind": "person"},
                    {"role": PARTY_ROLES[1], "kind": "person"},
                ],
                columns=party_columns,
            ),
            FieldSpec("summary", self.tr("Summary"), FieldKind.LONG_TEXT),
            FieldSpec("amount_fen", self.tr("Amount involved (yuan)"), FieldKind.MONEY, 0),
            FieldSpec(
                "people_involved",
                self.tr("People involved"),
                FieldKind.NUMBER,
                maximum=1_000_000,
                placeholder=self.tr("= number of parties"),
            ),
            FieldSpec("mediators", self.tr("Mediators"), FieldKind.CHECKS, None, mediators),
            FieldSpec(
                "crime_risk",
                "",
                FieldKind.FLAG,
                placeholder=self.tr("Risk of turning criminal (防止民转刑)"),
            ),
            FieldSpec(
                "petition_risk",
                "",
                FieldKind.FLAG,
                placeholder=self.tr("Risk of a mass petition (防止群体性上访)"),
            ),
        ]

    def date(self, label: str = "") -> FieldSpec:
        return FieldSpec("on", label or self.tr("Date"), FieldKind.DATE, mediation.today())

    def note(self) -> list[FieldSpec]:
        return [self.date(), FieldSpec("note", self.tr("Note"), FieldKind.LONG_TEXT)]

    def reason(self) -> list[FieldSpec]:
        return [self.date(), FieldSpec("reason", self.tr("Reason"), FieldKind.LONG_TEXT)]

    def refer(self) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec("to", self.tr("Referred to")),
            FieldSpec("reason", self.tr("Reason"), FieldKind.LONG_TEXT),
        ]

    def rights_notice(self) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec(
                "manner", self.tr("Manner"), FieldKind.CHOICE, None, ("书面告知", "口头告知")
            ),
        ]

    def investigation(self) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec("place", self.tr("Place")),
            FieldSpec("investigator", self.tr("Investigator")),
            FieldSpec("subject", self.tr("Person questioned")),
            FieldSpec("content", self.tr("Content"), FieldKind.LONG_TEXT),
        ]

    def session(self, present: str) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec("time", self.tr("Time"), value="09:00"),
            FieldSpec("place", self.tr("Place"), value="村委会调解室"),
            FieldSpec("present", self.tr("Present"), value=present),
            FieldSpec("statements", self.tr("Statements and course"), FieldKind.LONG_TEXT),
            FieldSpec("outcome", self.tr("Outcome"), FieldKind.LONG_TEXT),
        ]

    def agreement(self, copies: int, recorder: str) -> list[FieldSpec]:
        return [
            FieldSpec(
                "form",
                self.tr("Form"),
                FieldKind.CHOICE,
                WRITTEN,
                [(self.tr("Written agreement"), WRITTEN), (self.tr("Oral agreement"), ORAL)],
            ),
            self.date(),
            FieldSpec("facts", self.tr("Facts, matters and responsibilities"), FieldKind.LONG_TEXT),
            FieldSpec(
                "terms",
                self.tr("Terms (one per line)"),
                FieldKind.LONG_TEXT,
                placeholder=self.tr("One term per line; they are numbered when printed"),
            ),
            FieldSpec("performance_manner", self.tr("Manner of performance"), value="自行履行"),
            FieldSpec("performance_place", self.tr("Place of performance")),
            FieldSpec("performance_due", self.tr("Perform by"), placeholder="2026-12-31"),
            FieldSpec("copies", self.tr("Copies"), FieldKind.NUMBER, copies, maximum=99),
            FieldSpec("recorder", self.tr("Recorder"), value=recorder),
        ]

    def terminate(self) -> list[FieldSpec]:
        return [
            *self.reason(),
            FieldSpec(
                "routes", self.tr("Routes explained"), FieldKind.CHECKS, None, TERMINATION_ROUTES
            ),
        ]

    def follow_up(self, visitor: str) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec("visitor", self.tr("Visitor"), value=visitor),
            FieldSpec("performance", self.tr("Performance"), FieldKind.CHOICE, None, PERFORMANCE),
            FieldSpec(
                "satisfaction", self.tr("Satisfaction"), FieldKind.CHOICE, None, SATISFACTION
            ),
            FieldSpec("remaining_risk", self.tr("Remaining risk"), FieldKind.LONG_TEXT),
            FieldSpec("measures", self.tr("Measures"), FieldKind.LONG_TEXT),
            FieldSpec("next_visit", self.tr("Next visit"), placeholder="2026-12-31"),
        ]

    def confirmation(self) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec("court", self.tr("Court")),
            FieldSpec("ruling_no", self.tr("Ruling no.")),
            FieldSpec("result", self.tr("Result"), FieldKind.CHOICE, None, CONFIRMATION_RESULTS),
        ]

    def archive(self, result: str) -> list[FieldSpec]:
        return [
            self.date(),
            FieldSpec("result", self.tr("Result"), value=result),
            FieldSpec("summary", self.tr("Closing summary"), FieldKind.LONG_TEXT),
        ]

    def reply(self) -> list[FieldSpec]:
        return [self.date(), FieldSpec("text", self.tr("Reply"), FieldKind.LONG_TEXT)]

    def details(self, case: Case, types: list[str]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "dispute_type", self.tr("Dispute type"), FieldKind.CHOICE, case.dispute_type, types
            ),
            FieldSpec("summary", self.tr("Summary"), FieldKind.LONG_TEXT, case.summary),
            FieldSpec("amount_fen", self.tr("Amount (yuan)"), FieldKind.MONEY, case.amount_fen),
            FieldSpec(
                "people_involved",
                self.tr("People involved"),
                FieldKind.NUMBER,
                case.people_involved,
                maximum=1_000_000,
            ),
        ]

    def member(self) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Name")),
            FieldSpec(
                "role",
                self.tr("Role"),
                FieldKind.CHOICE,
                None,
                ("主任", "副主任", "委员", "调解员"),
            ),
            FieldSpec("phone", self.tr("Phone")),
        ]


def terms_of(text: str) -> list[str]:
    """The agreement's terms, one per line, blank lines dropped."""
    return [t.strip() for t in str(text).splitlines() if t.strip()]


def case_of(values: dict[str, Any]) -> tuple[Case, list[Party]]:
    """The case and its parties from the register form's values (a party line per side)."""
    parties = [
        Party(
            case_id="",
            role=str(line["role"]),
            kind=str(line["kind"]),
            name=str(line["name"]),
            person_id=str(line["name_id"]) if line["kind"] == "person" else "",
            representative=(
                str(line["representative"]).strip() if line["kind"] == "organisation" else ""
            ),
        )
        for line in values["parties"]
    ]
    case = Case(
        source=values["source"],
        dispute_type=values["dispute_type"],
        summary=values["summary"],
        registered_on=values["registered_on"].isoformat(),
        amount_fen=values["amount_fen"],
        people_involved=values["people_involved"],
        crime_risk=int(values["crime_risk"]),
        petition_risk=int(values["petition_risk"]),
        mediator_ids=json.dumps(values["mediators"]),
    )
    return case, parties
