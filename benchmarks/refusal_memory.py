"""Memory: peak RSS of a town refusing the worst sync files within the limits (issue 15).

A correctly signed file from an enrolled village, refused only at its very
last record, so that everything before it is read, checked, merged and then
rolled back. Three shapes, each imported by ``services.sync.import_sync_file``
in a child process whose peak resident size is read with ``os.wait4``:

- ``long lines``: records with a ~1 MiB text each (the line limit), enough
  of them to fill the import's page cache (``IMPORT_CACHE_MIB``) and more;
- ``many records``: short records, many of them;
- ``bomb``: one member inflating to the ratio cap of highly compressible lines.

Baseline: the same child refusing a one-record file (Python, the program's
modules and an open data file). Target: the worst shape ≤ 300 MB.

Run: ``python benchmarks/refusal_memory.py [--runs 1] [--long-lines 320 --records 100000]``.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks import common

LIMIT_MB = 300.0

_CHILD = """
import json, sys
from pathlib import Path
from sanzhi_desktop.services import sync
from sanzhi_desktop.services.session import open_session
with open_session(Path(sys.argv[1]), operator="基准测试") as session:
    assert session.db is not None
    report = sync.import_sync_file(session, Path(sys.argv[2]))
print(json.dumps({"status": report.status.value, "message": report.message}))
"""


def _household(village: str, number: int, *, rev: int, note: str = "") -> dict[str, object]:
    from sanzhi_desktop.storage.records import new_id

    return {
        "id": new_id(),
        "owner": village,
        "rev": rev,
        "rev_site": "bench-site",
        "updated_at": "2026-11-28T10:00:00+08:00",
        "deleted": 0,
        "household_no": f"{number:07d}",
        "head_name": "张三",
        "group_no": 1,
        "note": note,
    }


def _lines(records: Iterable[dict[str, object]]) -> list[bytes]:
    return [json.dumps(r, ensure_ascii=False).encode() for r in records]


def build(
    root: Path, *, long_lines: int, records: int, bomb_lines: int = 1500
) -> tuple[Path, dict[str, Path]]:
    """The town's data file and the files to refuse, by shape."""
    from sanzhi_desktop.storage import clock
    from tests.sync.helpers import OTHER_VILLAGE, VILLAGE_CODE, crafted_lines_file, pair

    now = clock.now_ms()
    rng = random.Random(7)
    files: dict[str, Path] = {}
    with pair(root) as p:
        # refused by the owner check, which the program made before issue 15 too (so
        # that the script measures the old import as well as the new)
        bad = _household(OTHER_VILLAGE, 9_999_999, rev=now)

        def offer(name: str, lines: list[bytes], seq: int) -> None:
            files[name] = crafted_lines_file(
                p.village, p.town, p.stick, {"households": lines}, seq=seq, max_rev=now
            )

        offer("one record (baseline)", _lines([bad]), 1)
        # ~1 MiB of CJK text that deflate cannot shrink much: the line limit, not the ratio
        alphabet = [chr(c) for c in range(0x4E00, 0x9FA5)]
        note_chars = (1024 * 1024 - 400) // 3
        long = (
            _household(
                VILLAGE_CODE, i, rev=now - i, note="".join(rng.choices(alphabet, k=note_chars))
            )
            for i in range(long_lines)
        )
        offer("long lines", _lines([*long, bad]), 2)
        many = (_household(VILLAGE_CODE, i, rev=now - i) for i in range(records))
        offer("many records", _lines([*many, bad]), 3)
        # lines alike but for their id and number: deflate shrinks them far beyond the ratio cap
        alike = (
            _household(VILLAGE_CODE, i, rev=now - i, note="好" * 30_000) for i in range(bomb_lines)
        )
        offer("bomb", _lines([*alike, bad]), 4)
        town_db = p.town.path
    return town_db, files


def refuse(town_db: Path, path: Path) -> common.ChildRun:
    scratch = town_db.with_name("scratch.db")
    shutil.copy(town_db, scratch)
    keys_dir = town_db.parent / "keys"
    try:
        run = common.run_child([sys.executable, "-c", _CHILD, str(scratch), str(path)])
    finally:
        for suffix in ("", "-wal", "-shm", ".lock"):
            scratch.with_name(scratch.name + suffix).unlink(missing_ok=True)
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    if outcome["status"] != "refused":
        raise RuntimeError(f"{path.name} was not refused: {outcome}")
    assert keys_dir.exists()
    return run


def figures(
    *, runs: int, long_lines: int, records: int, bomb_lines: int = 1500
) -> list[common.Figure]:
    root = Path(tempfile.mkdtemp(prefix="refusal-memory-"))
    try:
        # Built in a child: a process's peak RSS starts from its parent's at the fork,
        # so this process must stay small while it measures.
        built = common.run_child(
            [
                sys.executable,
                __file__,
                "--build-into",
                str(root),
                "--long-lines",
                str(long_lines),
                "--records",
                str(records),
                "--bomb-lines",
                str(bomb_lines),
            ]
        )
        made = json.loads(built.stdout.strip().splitlines()[-1])
        town_db = Path(made["town"])
        files = {name: Path(path) for name, path in made["files"].items()}
        peaks: dict[str, float] = {}
        seconds: dict[str, float] = {}
        sizes: dict[str, float] = {}
        for name, path in files.items():
            done = [refuse(town_db, path) for _ in range(runs)]
            peaks[name] = common.median([d.peak_rss_mb for d in done])
            seconds[name] = round(common.median([d.seconds for d in done]), 1)
            sizes[name] = round(path.stat().st_size / 2**20, 1)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    baseline = peaks.pop("one record (baseline)")
    worst = max(peaks, key=peaks.__getitem__)
    return [
        common.Figure(
            "refusing the worst sync file (peak RSS)",
            peaks[worst],
            baseline,
            "MB",
            f"≤ {LIMIT_MB:g} MB",
            peaks[worst] <= LIMIT_MB,
            compare="delta",
            detail={
                "worst": worst,
                "peak MB": {k: round(v, 1) for k, v in peaks.items()},
                "file MB": sizes,
                "seconds": seconds,
                "long lines": long_lines,
                "records": records,
            },
        )
    ]


def main() -> None:
    parser = common.base_parser(__doc__)
    parser.set_defaults(runs=1)
    parser.add_argument("--long-lines", type=int, default=320)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--bomb-lines", type=int, default=1500)
    parser.add_argument("--build-into", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build_into:
        town, files = build(
            args.build_into,
            long_lines=args.long_lines,
            records=args.records,
            bomb_lines=args.bomb_lines,
        )
        print(json.dumps({"town": str(town), "files": {k: str(v) for k, v in files.items()}}))
        return
    common.emit(
        figures(
            runs=args.runs,
            long_lines=args.long_lines,
            records=args.records,
            bomb_lines=args.bomb_lines,
        ),
        as_json=args.json,
    )


if __name__ == "__main__":
    main()
