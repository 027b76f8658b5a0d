"""Catalogues a township may replace: star names and points rules.

The shipped defaults live in ``resources/moral/*.json``. A township replaces
them by writing town-owned rows (``owner`` = the 9-digit town code) with
``addressee`` ``'*'`` (all its villages) or one village code; the sync file
carries them to the villages. The rule applied here, and only here:

1. live rows owned by this office's town and addressed to this village win;
2. else rows owned by the town and addressed to ``'*'``;
3. else the shipped default.

A village never edits these rows (it shows them read-only); a town office
sets them with :func:`set_town_catalogue`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import moral, records

DEFAULT = "default"
TOWN = "town"


@dataclass(frozen=True)
class CatalogueRows:
    """The catalogue's rows and where they came from (``"default"`` or ``"town"``)."""

    rows: list[dict[str, Any]]
    source: str


def _default(file_name: str, key: str) -> list[dict[str, Any]]:
    data = json.loads(resource_path("moral", file_name).read_text(encoding="utf-8"))
    return list(data[key])


def catalogue_rows(session: Session, table: str) -> CatalogueRows:
    profile = session.require_profile()
    rows = moral.town_catalogue_rows(
        session.db, table, village_code=profile.code, town_code=profile.town_code
    )
    if rows:
        return CatalogueRows(rows=rows, source=TOWN)
    if table == "star_catalogue":
        return CatalogueRows(rows=_default("star_catalogue.json", "stars"), source=DEFAULT)
    return CatalogueRows(rows=_default("points_rules.json", "rules"), source=DEFAULT)


def set_town_catalogue(
    session: Session, table: str, rows: list[dict[str, Any]], *, addressee: str = "*"
) -> int:
    """A town office replaces the catalogue it sends to ``addressee`` (all villages: ``'*'``)."""
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有乡镇可以下发目录，村里只能查看", "Only a town office sets catalogues")
        )
    with session.db.atomic():
        for old in moral.town_catalogue_rows(
            session.db, table, village_code=addressee, town_code=profile.code
        ):
            if old["addressee"] == addressee:
                records.delete_record(session.db, table, old["id"], author=session.author)
        for position, row in enumerate(rows, start=1):
            values = {**row, "addressee": addressee}
            if table == "star_catalogue":
                values["position"] = position
            records.insert_record(session.db, table, values, author=session.author)
    return len(rows)
