"""``sanzhi county demo --pg URL``: the demo town's file for a demo county, ingested.

One command from nothing to a county database with records in it: the demo
town and its villages (``services.demo.town``: real exports and imports, so
the town keeps every village file as received), the county's keys, the town
pinning the county's card, the town's file for the county, the county's
tables, the town's card enrolled, the file ingested. Every step is the one a
clerk would take (docs/county.md, docs/county-postgres.md), on the same
services.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.services import county_forward, county_ingest, county_keys, keys
from sanzhi_desktop.services.demo.town import TOWN_CODE, create_demo_town
from sanzhi_desktop.services.progress import Progress, no_progress
from sanzhi_desktop.services.session import open_session


@dataclass(frozen=True)
class CountyDemo:
    folder: Path
    reports: list[county_ingest.IngestReport]


def ingest_demo(
    url: str,
    out_dir: Path,
    *,
    villages: int = 12,
    years: int = 1,
    progress: Progress = no_progress,
) -> CountyDemo:
    """Make the demo town in ``out_dir`` (an empty folder) and ingest it into ``url``."""
    out_dir = Path(out_dir)
    if out_dir.exists() and any(out_dir.iterdir()):
        raise RefusedError(
            msg(f"{out_dir} 不是空文件夹，请换一个。", f"{out_dir} is not empty; use a new folder.")
        )
    create_demo_town(out_dir / "town", villages=villages, years=years, progress=progress)
    county = county_keys.ensure_county_keys(out_dir / "county", code=TOWN_CODE[:6], name="演示县")
    for_county = out_dir / "for-county"
    for_county.mkdir()
    card = out_dir / f"{TOWN_CODE}.sanzhi-card"
    with open_session(out_dir / "town" / "town.db", operator="演示") as town:
        county_forward.enroll_county(town, county.card)
        county_forward.export_for_county(town, for_county)
        card.write_bytes(keys.own_card(town).to_json())
    county_ingest.init_county(url, code=county.code, name=county.name)
    county_ingest.enroll_town(url, card)
    reports = county_ingest.ingest_paths(
        url, [for_county], identity_text=county.age_identity, progress=progress
    )
    return CountyDemo(out_dir, reports)
