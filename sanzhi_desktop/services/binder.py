"""The year-end 台账 binder: every ledger of a year in one PDF, in the order an inspector reads.

``sanzhi print binder --year Y`` (a village; in a town ``--village CODE``
from the records the village sent). The sheets are the parts' own sheets,
made by their own services; this module only orders them, leaves out what a
year did not have (a service that refuses an empty period is skipped and
the contents say so), adds a cover, a contents page with page numbers, the
year's change-log summary, and bookmarks (one per part, one per sheet).

Parts register their sheets with :func:`binder_section`, so a new part adds
its ledgers without editing this module (``services/binder_sections.py``
holds those of the parts that predate the registry).

Personal data as on the paper ledgers (they are not public): every sheet
masks what it masks when printed on its own.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from io import BytesIO

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError, SanzhiError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.red_black import PrintedSheet
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import changes, clock
from sanzhi_desktop.storage.records import SYNCED_TABLES

#: Logged tables that are not synced records, by the clerk's word for them.
OTHER_TABLES = {"office": "单位信息"}


@dataclass(frozen=True)
class BinderSheet:
    """One sheet a part offers for the year: its title and how to make it."""

    title: str
    make: Callable[[], bytes | PrintedSheet]


@dataclass(frozen=True)
class BinderSection:
    order: int
    part: str  # the part as an inspector calls it: 公开栏, 财务公开, …
    sheets: Callable[[Session, int], Iterator[BinderSheet]]


_SECTIONS: list[BinderSection] = []


def binder_section(
    part: str, order: int
) -> Callable[
    [Callable[[Session, int], Iterator[BinderSheet]]], Callable[..., Iterator[BinderSheet]]
]:
    """Register a part's sheets for the binder (``order``: where an inspector reads it)."""

    def register(
        fn: Callable[[Session, int], Iterator[BinderSheet]],
    ) -> Callable[..., Iterator[BinderSheet]]:
        if not any(s.sheets is fn for s in _SECTIONS):
            _SECTIONS.append(BinderSection(order, part, fn))
        return fn

    return register


def sections() -> list[BinderSection]:
    importlib.import_module("sanzhi_desktop.services.binder_sections")
    return sorted(_SECTIONS, key=lambda s: s.order)


@dataclass
class MadeSheet:
    part: str
    title: str
    pdf: bytes = b""
    pages: int = 0
    skipped: str = ""  # why it is not in the binder (nothing that year, a draft refused)


@dataclass
class Binder:
    pdf: bytes
    title: str
    suggested_name: str
    sheets: list[MadeSheet] = field(default_factory=list)

    @property
    def pages(self) -> int:
        """Every page: cover, contents and sheets."""
        return _pages(self.pdf)


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(pdf)).pages)


def make_binder(session: Session, year: int, *, progress: Progress = no_progress) -> Binder:
    """The village's binder for ``year`` (this office's own records)."""
    profile = session.require_village("年度台账", "the year's binder")
    if not 2000 <= year <= clock.today().year:
        raise RefusedError(msg(f"{year}年不是可以装订的年度", f"No binder for {year}"))
    planned = [
        (section.part, sheet) for section in sections() for sheet in section.sheets(session, year)
    ]
    made: list[MadeSheet] = []
    for done, (part, sheet) in enumerate(planned):
        progress(done, len(planned) + 1, msg(f"正在生成：{sheet.title}", f"Making {sheet.title}"))
        try:
            result = sheet.make()
        except SanzhiError as exc:
            made.append(MadeSheet(part, sheet.title, skipped=str(exc)))
            continue
        pdf = result.pdf if isinstance(result, PrintedSheet) else result
        made.append(MadeSheet(part, sheet.title, pdf, _pages(pdf)))
    summary = change_summary_pdf(session, year, office=profile.name)
    made.append(MadeSheet("操作日志", f"{year}年数据变更汇总", summary, _pages(summary)))
    progress(len(planned), len(planned) + 1, msg("正在装订……", "Binding…"))
    title = f"{profile.name}{year}年“三治融合”工作台账"
    return Binder(_bind(title, year, made, office=profile.name), title, f"{title}.pdf", made)


def change_summary_pdf(session: Session, year: int, *, office: str) -> bytes:
    """The year's change log in counts: what was added, changed and deleted, per ledger."""
    from sanzhi_desktop.printing.binder_sheet import render_change_summary

    counts: dict[str, dict[str, int]] = {}
    for table, action, n in changes.counts_by_table(
        session.conn, start=f"{year:04d}-01-01", end=f"{year:04d}-12-31"
    ):
        label = SYNCED_TABLES[table].label_zh if table in SYNCED_TABLES else OTHER_TABLES.get(table)
        if label:  # a clerk's word for every ledger, never a table's name
            counts.setdefault(label, {})[action] = n
    return render_change_summary(office, year, counts)


def _bind(title: str, year: int, made: list[MadeSheet], *, office: str) -> bytes:
    """Cover, contents (with page numbers), every sheet, bookmarks per part and per sheet."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import IndirectObject

    from sanzhi_desktop.printing.binder_sheet import ContentsLine, render_contents, render_cover

    cover = render_cover(title, office=office, year=year, made_on=clock.today_iso())
    kept = [m for m in made if m.pages]

    def contents_for(first_page: int) -> bytes:
        lines, page = [], first_page
        for m in made:
            lines.append(ContentsLine(m.part, m.title, page if m.pages else 0, m.skipped))
            page += m.pages
        return render_contents(title, lines)

    contents = contents_for(1)  # a first pass to learn how many pages the contents take
    start = _pages(cover) + _pages(contents) + 1
    contents = contents_for(start)
    writer = PdfWriter()
    writer.append(PdfReader(BytesIO(cover)))
    writer.append(PdfReader(BytesIO(contents)))
    writer.add_outline_item(title="目录", page_number=1)
    parts: dict[str, IndirectObject] = {}
    page = start - 1
    for m in kept:
        # the pages first: a bookmark made before its page exists points nowhere
        writer.append(PdfReader(BytesIO(m.pdf)))
        if m.part not in parts:
            parts[m.part] = writer.add_outline_item(title=m.part, page_number=page)
        writer.add_outline_item(title=m.title, page_number=page, parent=parts[m.part])
        page += m.pages
    writer.add_metadata({"/Title": title, "/Author": office})
    out = BytesIO()
    writer.write(out)
    return out.getvalue()


def make_binder_for_village(
    session: Session, year: int, village_code: str, *, progress: Progress = no_progress
) -> Binder:
    """In a town: the binder of one village, from the records it sent (read-only copy).

    The village's rows (and the town's rows addressed to it) are copied into a
    temporary data file set up as that village, and the village's own binder
    is made there: the same sheets, the same rules, nothing written to the
    town's file.
    """
    import tempfile
    from pathlib import Path

    from sanzhi_desktop.services.office import init_office
    from sanzhi_desktop.services.session import open_session
    from sanzhi_desktop.storage import sync_ledger

    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有镇里可以为某个村装订台账。", "Only a town binds for a village.")
        )
    peers = {p.code: p for p in sync_ledger.list_peers(session.db, kind="village")}
    if village_code not in peers:
        raise RefusedError(
            msg(f"{village_code}不是本镇登记的村。", f"{village_code} is not enrolled.")
        )
    peer = peers[village_code]
    with tempfile.TemporaryDirectory(prefix="sanzhi-binder-") as folder:
        copy = open_session(Path(folder) / "village.db", operator=session.operator)
        try:
            init_office(
                copy, kind=OfficeKind.VILLAGE, code=village_code, name=peer.name,
                town_name=profile.name,
            )  # fmt: skip
            sync_ledger.copy_office_rows(
                copy.db, source=session.path, owner=village_code, town=profile.code
            )
            return make_binder(copy, year, progress=progress)
        finally:
            copy.close()
