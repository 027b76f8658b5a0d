"""Printing the 自治/德治 registers: ``sanzhi print councils|worthies|family-rules``.

Each sheet is printed by the village that keeps the register (a town prints
none of its villages' sheets), and an empty register is refused with a
sentence saying what to enter first rather than printed as a sealed blank.
"""

from __future__ import annotations

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import councils, family_rules, worthies
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock


def _group(group_no: int, outside: str) -> str:
    return f"{group_no}组" if group_no else outside


def print_councils(session: Session, year: int) -> PrintedSheet:
    from sanzhi_desktop.printing.civic_sheets import (
        CouncilBlock,
        CouncilsSheet,
        MemberLine,
        render_councils,
    )

    profile = session.require_village("一约五会名单", "the councils' list")
    set_up = [c for c in councils.list_councils(session) if c.set_up_date[:4] <= str(year)]
    if not set_up:
        raise RefusedError(
            msg(
                f"{year}年还没有成立任何一个会，没有可打印的名单。请先在“一约五会”中成立各会。",
                f"No council was set up by {year}: nothing to print.",
            )
        )
    meetings = councils.list_meetings(session, year=year)
    blocks = [
        CouncilBlock(
            name=c.name,
            set_up_date=c.set_up_date,
            meetings_in_year=sum(1 for m in meetings if m.council_id == c.id),
            members=[
                MemberLine(
                    m.name,
                    m.role,
                    _group(m.group_no, "外村"),
                    f"{m.term_start[:7]}至{m.term_end[:7] if m.term_end else '今'}",
                )
                for m in councils.list_members(session, c.id, year=year)
            ],
        )
        for c in set_up
    ]
    sheet = CouncilsSheet(profile.name, year, blocks, clock.today_iso())
    return PrintedSheet(render_councils(sheet), sheet.title, f"{sheet.title}.pdf")


def print_worthies(session: Session) -> PrintedSheet:
    from sanzhi_desktop.printing.civic_sheets import WorthiesSheet, WorthyLine, render_worthies

    profile = session.require_village("乡贤名录", "the worthies' roll")
    rows = worthies.worthies_with_totals(session)
    if not rows:
        raise RefusedError(
            msg("乡贤名录还是空的，没有可打印的内容。", "The worthies' register is empty.")
        )
    lines = [
        WorthyLine(
            r.worthy.name,
            _group(r.worthy.group_no, "在外乡贤"),
            r.worthy.field,
            r.worthy.roles,
            "；".join(r.projects) + (f"；协助调解{r.cases_helped}件" if r.cases_helped else ""),
        )
        for r in rows
    ]
    for index, line in enumerate(lines):
        if line.projects.startswith("；"):
            lines[index] = WorthyLine(
                line.name, line.where, line.field, line.roles, line.projects[1:]
            )
    sheet = WorthiesSheet(profile.name, lines, clock.today_iso())
    return PrintedSheet(render_worthies(sheet), sheet.title, f"{sheet.title}.pdf")


def print_family_rules(session: Session, year: int) -> PrintedSheet:
    from sanzhi_desktop.printing.civic_sheets import (
        FamilyRulesLine,
        FamilyRulesSheet,
        render_family_rules,
    )

    profile = session.require_village("家规家训汇编", "the family rules collection")
    collected = family_rules.list_family_rules(session, year=year)
    if not collected:
        raise RefusedError(
            msg(
                f"截至{year}年底还没有征集到家规家训，没有可打印的内容。",
                f"No family rules collected by the end of {year}.",
            )
        )
    lines = [
        FamilyRulesLine(r.head_name, f"{r.group_no}组", r.text, r.excellent_year == year)
        for r in collected
    ]
    sheet = FamilyRulesSheet(profile.name, year, lines, clock.today_iso())
    return PrintedSheet(render_family_rules(sheet), sheet.title, f"{sheet.title}.pdf")
