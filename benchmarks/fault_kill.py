"""Power loss, simulated: a child process works on a village's data file and is SIGKILLed.

    python benchmarks/fault_kill.py --runs 200 [--seed 1] [--keep DIR]

The child opens the village (as the program does: lock, check, start-up
backup) and loops over real services at random — add a household (and prints
``COMMIT <household_no>`` only after the service returned, i.e. committed),
export a sync file to the "stick", import one of the town's files, back up to
``backups/`` and to the stick — until the parent kills it with SIGKILL at a
random moment. After every kill the parent checks:

- **corruptions** — ``PRAGMA integrity_check`` of the data file is not ok;
- **lost commits** — a household the child reported committed (in this run
  or any earlier one) is missing;
- **broken final files** — a sync file or backup under its final name that
  the town refuses / that fails ``integrity_check`` (a half file that looks
  whole);
- **bad files accepted** — a half-written temporary file (``.*.tmp``), given
  its final name and offered to the town's import or to the restore check,
  accepted although it is not complete (it must be refused, or be complete:
  then it decrypts, every member matches the signed manifest's SHA-256 / it
  passes ``integrity_check``).

Prints the figures; exit status 1 if any of them is not 0.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

TOWN = "610722100"
VILLAGE = "610722100201"


@dataclass
class Figures:
    runs: int = 0
    commits_reported: int = 0
    operations_finished: int = 0
    corruptions: int = 0
    lost_commits: int = 0
    final_files_checked: int = 0
    broken_final_files: int = 0
    half_files_found: int = 0
    bad_files_accepted: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not (
            self.corruptions
            or self.lost_commits
            or self.broken_final_files
            or self.bad_files_accepted
        )


# --- the child ----------------------------------------------------------------------


def child(work: Path, seed: int) -> None:
    from sanzhi_desktop.services import backups, sync
    from sanzhi_desktop.services.session import open_session
    from tests.sync.helpers import add_household

    rng = random.Random(seed)
    session = open_session(work / VILLAGE / "sanzhi.db", operator="测试员")
    print("READY", flush=True)
    town_files = sorted((work / "town-files").glob("*.sanzhi"))
    while True:
        op = rng.choices(["write", "export", "import", "backup", "usb"], [6, 2, 1, 1, 1])[0]
        if op == "write":
            no = f"{rng.randint(10, 99)}{uuid.uuid4().hex[:10]}"
            add_household(session, no, "张三")
            print(f"COMMIT {no}", flush=True)
        elif op == "export":
            result = sync.export_all(session, work / "stick")
            print(f"EXPORT {result[0].path}", flush=True)
        elif op == "import":
            sync.import_sync_files(session, [rng.choice(town_files)])
            print("IMPORT", flush=True)
        elif op == "backup":
            print(f"BACKUP {backups.backup_now(session).path}", flush=True)
        else:
            info = backups.backup_now(session, reason="usb", out_dir=work / "stick")
            print(f"BACKUP {info.path}", flush=True)


# --- the parent -----------------------------------------------------------------------


def prepare(work: Path) -> None:
    """A town and its village enrolled both ways; five town files waiting for the village."""
    from sanzhi_desktop.services import sync
    from tests.sync.helpers import enrol_both, make_town, make_village

    town = make_town(work)
    village = make_village(work)
    enrol_both(town, village)
    for folder in ("stick", "town-files", "check"):
        (work / folder).mkdir()
    for _ in range(5):
        sync.export_sync_file(town, work / "town-files", to=VILLAGE)
    village.close()
    town.close()


def run(runs: int, *, seed: int = 1, work: Path | None = None, max_wait: float = 0.6) -> Figures:
    """``runs`` kills; returns the figures (``work``: keep the folder for a post-mortem)."""
    from sanzhi_desktop.services import backups, sync
    from sanzhi_desktop.services.session import open_session
    from sanzhi_desktop.storage import backup, connection

    own_tmp = work is None
    work = Path(tempfile.mkdtemp(prefix="fault-kill-")) if work is None else Path(work)
    work.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    figures = Figures()
    started = time.monotonic()
    prepare(work)
    town = open_session(work / TOWN / "sanzhi.db", operator="镇")
    db_path = work / VILLAGE / "sanzhi.db"
    committed: set[str] = set()
    checked: set[Path] = set()
    try:
        for run_no in range(runs):
            proc = subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(work),
                    "--seed",
                    str(seed * 100_003 + run_no),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "PYTHONPATH": str(REPO)},
            )
            assert proc.stdout is not None
            first = proc.stdout.readline()  # READY (or nothing, if it died on its own)
            if first.strip() == "READY":
                time.sleep(rng.uniform(0.0, max_wait))
            proc.send_signal(signal.SIGKILL)
            rest, _ = proc.communicate()
            figures.runs += 1
            for line in rest.splitlines():
                if line.startswith("COMMIT "):
                    committed.add(line.split()[1])
                    figures.commits_reported += 1
                if line.split(" ")[0] in ("COMMIT", "EXPORT", "IMPORT", "BACKUP"):
                    figures.operations_finished += 1
            # 1. the data file (opened as the program opens it: the WAL is replayed)
            db = connection.connect(db_path)
            try:
                if connection.integrity_check(db):
                    figures.corruptions += 1
                present = {
                    str(r[0]) for r in db.execute("SELECT household_no FROM households").fetchall()
                }
            finally:
                db.close()
            figures.lost_commits += len(committed - present)
            # 2. files under their final names
            folders = [work / "stick", backups.backups_dir(db_path)]
            for folder in folders:
                for path in sorted(folder.iterdir()):
                    if path.name.startswith(".") or path in checked:
                        continue
                    checked.add(path)
                    figures.final_files_checked += 1
                    if path.suffix == ".sanzhi":
                        report = sync.import_sync_file(town, path)
                        if report.status is sync.ImportStatus.REFUSED:
                            figures.broken_final_files += 1
                    elif backup.verify_file(path):
                        figures.broken_final_files += 1
            # 3. half-written temporary files, offered as if they were whole
            for folder in folders:
                for temp in sorted(folder.glob(".*.tmp")):
                    figures.half_files_found += 1
                    name = temp.name[1:-4]
                    trial = work / "check" / name
                    shutil.move(temp, trial)
                    if name.endswith(".sanzhi"):
                        if not _sync_file_refused_or_complete(town, trial):
                            figures.bad_files_accepted += 1
                    elif not _backup_refused_or_complete(trial):
                        figures.bad_files_accepted += 1
                    trial.unlink(missing_ok=True)
    finally:
        town.close()
        figures.seconds = round(time.monotonic() - started, 1)
        if own_tmp:
            shutil.rmtree(work, ignore_errors=True)
    return figures


def _sync_file_refused_or_complete(town: object, path: Path) -> bool:
    """Refused, or complete: it decrypts and every member matches the signed manifest."""
    from sanzhi_desktop.services import keys, sync
    from sanzhi_desktop.sync import SyncFileError, syncfile
    from sanzhi_desktop.sync.archive import DEFAULT_LIMITS

    report = sync.import_sync_file(town, path)  # type: ignore[arg-type]
    if report.status is sync.ImportStatus.REFUSED:
        return True
    try:
        opened = syncfile.open_sealed(
            path.read_bytes(),
            keys.ensure_keys(town).age_identity,
            limits=DEFAULT_LIMITS,  # type: ignore[arg-type]
        )
        syncfile.check_hashes(opened)
    except SyncFileError:
        return False
    return True


def _backup_refused_or_complete(path: Path) -> bool:
    from sanzhi_desktop.domain.errors import RefusedError
    from sanzhi_desktop.services import backups
    from sanzhi_desktop.storage import backup

    try:
        info = backups.inspect_backup(path)
    except RefusedError:
        return True
    if not info.ok:
        return True  # the restore refuses a copy that fails its check
    return not backup.verify_file(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed)
        return 0
    figures = run(args.runs, seed=args.seed, work=args.keep)
    for name, value in asdict(figures).items():
        print(f"{name:22} {value}")
    print("OK" if figures.ok else "FAILED")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
