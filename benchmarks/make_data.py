"""Build and cache the benchmark databases under /tmp: a town with many villages, big villages.

Run: ``python benchmarks/make_data.py --villages 40 --years 10 --extra 1500`` (the
town of the README's table) or ``--big 100000`` (one village with that many
records, for the export and scaling figures). Nothing is written into the
repository; everything lives in ``--out`` (default ``/tmp/sanzhi-bench``) and a
second call with the same options reuses what is there.

The villages come from :func:`services.demo.create_demo_village` (its real
services, its seed per village) and are enrolled and exchanged exactly as
:func:`services.demo.town.create_demo_town` does it (its 40 names; a larger
town gets 试验N村). To reach
hundreds of thousands of records without hours of demo generation, ``extra``
persons per village (and the big villages) are added by :func:`add_bulk_persons`,
which writes through ``storage.records.insert_record`` — the row plus its
change-log row, the same as a clerk's entry — in one big transaction.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.services import keys, sync
from sanzhi_desktop.services.demo import create_demo_village
from sanzhi_desktop.services.demo.names import given_names
from sanzhi_desktop.services.demo.town import TOWN_CODE, TOWN_NAME, VILLAGE_NAMES
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session, open_session
from sanzhi_desktop.storage.records import SYNCED_TABLES, insert_record

DEFAULT_OUT = Path("/tmp/sanzhi-bench")
OPERATOR = "基准测试数据"
SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗"


def village_name(i: int) -> str:
    return VILLAGE_NAMES[i] if i < len(VILLAGE_NAMES) else f"试验{i + 1}村"


def village_code(i: int) -> str:
    return f"{TOWN_CODE}{201 + i:03d}"


def add_bulk_persons(session: Session, count: int, *, seed: int = 1) -> int:
    """Add ``count`` persons to existing households, through the records layer, in one go."""
    rng = random.Random(seed)
    db = session.db
    households = [r[0] for r in db.execute("SELECT id FROM households WHERE deleted = 0")]
    if not households or count <= 0:
        return 0
    names = [n for year in (1950, 1975, 2000) for sex in "男女" for n in given_names(year, sex)]
    with db.atomic():
        for n in range(count):
            insert_record(
                db,
                "persons",
                {
                    "household_id": rng.choice(households),
                    "name": rng.choice(SURNAMES) + rng.choice(names),
                    "sex": rng.choice("男女"),
                    "birth_date": f"{rng.randint(1940, 2020)}-{rng.randint(1, 12):02d}-"
                    f"{rng.randint(1, 28):02d}",
                    "relation": "其他",
                    "note": f"基准测试第{n}人",
                },
                author=session.author,
            )
    return count


def synced_record_count(path: Path) -> int:
    """Rows of every synced table in the file (what sync files carry)."""
    con = sqlite3.connect(path)
    try:
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        return sum(
            con.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
            for t in SYNCED_TABLES
            if t in names
        )
    finally:
        con.close()


def _make_village(args: tuple[Path, int, int, int, int]) -> Path:
    path, i, years, extra, seed = args
    if not path.exists():
        create_demo_village(
            path,
            seed=seed + i,
            years=years,
            code=village_code(i),
            name=village_name(i),
            town_name=TOWN_NAME,
            operator=OPERATOR,
        )
        with open_session(path, operator=OPERATOR) as village:
            add_bulk_persons(village, extra, seed=seed + i)
    return path


@dataclass(frozen=True)
class TownData:
    folder: Path
    #: The town with every village's file imported (the search, list and memory figures).
    town: Path
    #: The town enrolled with every village but nothing imported (copy it, then import).
    town_enrolled: Path
    village_files: list[Path]
    records: int


def _enrolled_town(folder: Path, villages: list[Path]) -> tuple[Path, list[Path]]:
    """The town, enrolled both ways with each village, and each village's sync file."""
    enrolled = folder / "town-enrolled.db"
    usb = folder / "usb"
    files = sorted(usb.glob("*.sanzhi")) if usb.is_dir() else []
    if enrolled.exists() and len(files) == len(villages):
        return enrolled, files
    for stale in (enrolled, folder / "town.db"):
        stale.unlink(missing_ok=True)
    shutil.rmtree(usb, ignore_errors=True)
    usb.mkdir()
    with open_session(enrolled, operator=OPERATOR) as town:
        init_office(town, kind=OfficeKind.TOWN, code=TOWN_CODE, name=TOWN_NAME)
        card = keys.own_card(town)
        for path in villages:
            with open_session(path, operator=OPERATOR) as village:
                keys.enroll(village, card)
                keys.enroll(town, keys.own_card(village))
                files.append(sync.export_sync_file(village, usb).path)
    return enrolled, sorted(files)


def scratch_copy(source: Path, name: str) -> Path:
    """A fresh copy of ``source`` next to it (the keys folder is shared), for one run."""
    target = source.with_name(name)
    for suffix in ("", "-wal", "-shm", ".lock"):
        source.with_name(target.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


def town_data(
    *,
    villages: int = 40,
    years: int = 10,
    extra: int = 1500,
    seed: int = 1,
    out: Path = DEFAULT_OUT,
    workers: int = 2,
) -> TownData:
    """The town of ``villages`` demo villages (``years`` of history, ``extra`` persons each)."""
    folder = Path(out) / f"town-{villages}v-{years}y-{extra}x-s{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"village-{village_code(i)}.db" for i in range(villages)]
    jobs = [(p, i, years, extra, seed) for i, p in enumerate(paths)]
    if workers > 1 and sum(not p.exists() for p in paths) > 1:
        with ProcessPoolExecutor(workers) as pool:
            list(pool.map(_make_village, jobs))
    else:
        for job in jobs:
            _make_village(job)
    enrolled, files = _enrolled_town(folder, paths)
    town = folder / "town.db"
    if not town.exists():
        scratch = scratch_copy(enrolled, "town-importing.db")
        with open_session(scratch, operator=OPERATOR) as session:
            sync.import_sync_files(session, files)
        scratch.rename(town)
    return TownData(folder, town, enrolled, files, synced_record_count(town))


def demo_village(*, years: int = 10, seed: int = 1, out: Path = DEFAULT_OUT) -> Path:
    """One demo village with ``years`` of history (the start-up figure's database)."""
    path = Path(out) / f"village-{years}y-s{seed}" / "village.db"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        create_demo_village(path, seed=seed, years=years, operator=OPERATOR)
    return path


@dataclass(frozen=True)
class BigVillage:
    folder: Path
    village: Path
    town_enrolled: Path
    sync_file: Path
    records: int


def big_village(records: int, *, seed: int = 1, out: Path = DEFAULT_OUT) -> BigVillage:
    """One village holding about ``records`` synced records, enrolled with a town, its file made."""
    folder = Path(out) / f"big-{records}-s{seed}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"village-{village_code(0)}.db"
    if not path.exists():
        create_demo_village(
            path, seed=seed, years=1, code=village_code(0), name=village_name(0),
            town_name=TOWN_NAME, operator=OPERATOR,
        )  # fmt: skip
        # persons + their change-log rows: each bulk person is one synced record
        missing = records - synced_record_count(path)
        with open_session(path, operator=OPERATOR) as village:
            add_bulk_persons(village, missing, seed=seed)
    enrolled, files = _enrolled_town(folder, [path])
    return BigVillage(folder, path, enrolled, files[0], synced_record_count(path))


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--villages", type=int, default=40)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--extra", type=int, default=1500, help="bulk persons per village")
    parser.add_argument("--big", type=int, nargs="*", default=[], help="big villages (records)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    data = town_data(
        villages=args.villages, years=args.years, extra=args.extra, seed=args.seed, out=args.out
    )
    print(f"town {data.town}: {data.records:,} synced records from {len(data.village_files)} files")
    for size in args.big:
        big = big_village(size, seed=args.seed, out=args.out)
        print(f"big village {big.village}: {big.records:,} records, file {big.sync_file}")


if __name__ == "__main__":
    main()
