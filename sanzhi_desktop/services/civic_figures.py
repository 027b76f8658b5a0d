"""The 自治/德治 registers in figures: what a village can show, and what the town sees of it.

One function serves both offices: a village asks it of itself, the town asks
it of each village from the rows that village sent (``owner``), so the two
never disagree about a number. These are the figures the town's scorecard
reads for the plan's 自治/德治 items.
"""

from __future__ import annotations

from dataclasses import dataclass

from sanzhi_desktop.domain.councils import COUNCIL_KINDS
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import councils, custom_reform, family_rules, worthies
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import sync_ledger


@dataclass(frozen=True)
class CivicFigures:
    """One village's 自治/德治 registers for a year."""

    owner: str
    year: int
    councils_set_up: int
    councils_met: int  # councils with at least one meeting in the year
    meetings: int
    dual_review_sessions: int
    worthies: int
    worthy_money_fen: int  # contributions of money in the year
    worthy_projects: int  # contributions that name a project, in the year
    family_rules: int  # households whose rules were collected by the year's end
    family_rules_excellent: int  # selected 优秀 in the year
    lectures: int
    events: int  # weddings and funerals registered in the year
    events_over_limit: int
    findings_open: int

    @property
    def councils_total(self) -> int:
        return len(COUNCIL_KINDS)

    @property
    def events_within_limits(self) -> int:
        return self.events - self.events_over_limit


def civic_figures(session: Session, year: int, *, owner: str | None = None) -> CivicFigures:
    """The figures of ``owner`` (this office by default) for ``year``."""
    owner = owner or session.require_profile().code
    meetings = councils.list_meetings(session, year=year, owner=owner)
    contributions = worthies.list_contributions(session, year=year, owner=owner)
    events = custom_reform.list_events(session, year=year, owner=owner)
    return CivicFigures(
        owner=owner,
        year=year,
        councils_set_up=len(councils.list_councils(session, owner=owner)),
        councils_met=len({m.council_id for m in meetings}),
        meetings=len(meetings),
        dual_review_sessions=len(councils.dual_review(session, year, owner=owner)),
        worthies=len(worthies.list_worthies(session, owner=owner)),
        worthy_money_fen=sum(c.amount_fen for c in contributions),
        worthy_projects=sum(1 for c in contributions if c.project),
        family_rules=len(family_rules.list_family_rules(session, year=year, owner=owner)),
        family_rules_excellent=len(
            family_rules.list_family_rules(session, year=year, excellent_only=True, owner=owner)
        ),
        lectures=len(family_rules.list_lectures(session, year=year, owner=owner)),
        events=len(events),
        events_over_limit=sum(1 for e in events if e.over_limit),
        findings_open=sum(1 for e in events if e.open_finding),
    )


@dataclass(frozen=True)
class VillageCivic:
    """A village's figures as the town lists them."""

    code: str
    name: str
    figures: CivicFigures

    @property
    def id(self) -> str:
        return self.code


def town_civic_figures(session: Session, year: int) -> list[VillageCivic]:
    """Each enrolled village's registers for ``year``, from the records it sent (town only)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(msg("各村汇总只在镇里使用。", "For the town only."))
    return [
        VillageCivic(peer.code, peer.name, civic_figures(session, year, owner=peer.code))
        for peer in sync_ledger.list_peers(session.db, kind="village")
    ]
