"""Power loss, simulated: a child process works on a village's data file and is SIGKILLed.

    python benchmarks/fault_kill.py --runs 200 [--seed 1] [--keep DIR] [--gui-share 0.3]

The child opens the village (as the program does: lock, check, start-up
backup), makes one write, and only then says READY: the kill's random moment
is timed from the first write, so it lands across the work itself and not
mostly in the start-up of a busy machine. It then loops over real services
at random — add a household, rename its head (update), delete one
(tombstone), export a sync file to the "stick", import one of the town's
files, back up to ``backups/`` and to the stick — and, in a share of the runs,
saves households through the GUI's own form (the roster's kit form, ``try_accept``,
offscreen Qt) instead. Each write prints ``BEGIN <op> …`` before it starts
and ``COMMIT <op> …`` only after the service returned (committed). The
parent kills it with SIGKILL at a random moment, then checks:

- **corruptions** — ``PRAGMA integrity_check`` of the data file is not ok;
- **lost commits** — a household whose stored state is neither what the child
  last reported committed nor the write it had begun (an insert missing, an
  update gone back, a deleted household alive again), in this run or any
  earlier one;
- **broken final files** — a sync file or backup under its final name that
  the town refuses / that fails ``integrity_check`` (a half file that looks
  whole);
- **bad files accepted** — a half-written temporary file (``.*.tmp``), given
  its final name and offered to the town's import or to the restore check,
  accepted although it is not complete (it must be refused, or be complete:
  then it decrypts, every member matches the signed manifest's SHA-256 / it
  passes ``integrity_check``).

Prints the figures (commits seen per kind, kills, the above); exit status 1
if any failure figure is not 0.
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
    kills: int = 0
    #: children that ended before the kill (an error in the child: the figures are suspect)
    died_on_their_own: int = 0
    commits_reported: int = 0
    inserts: int = 0
    updates: int = 0
    deletes: int = 0
    gui_saves: int = 0
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
            self.died_on_their_own
            or self.corruptions
            or self.lost_commits
            or self.broken_final_files
            or self.bad_files_accepted
        )


# --- the child ----------------------------------------------------------------------


def _say(line: str) -> None:
    print(line, flush=True)


def child(work: Path, seed: int, *, gui: bool) -> None:
    from sanzhi_desktop.domain.roster import Household
    from sanzhi_desktop.services import backups, roster, sync
    from sanzhi_desktop.services.session import open_session
    from tests.sync.helpers import add_household

    rng = random.Random(seed)
    session = open_session(work / VILLAGE / "sanzhi.db", operator="测试员")
    save = _gui_saver(session) if gui else None
    town_files = sorted((work / "town-files").glob("*.sanzhi"))

    def insert() -> None:
        no = f"{rng.randint(10, 99)}{uuid.uuid4().hex[:10]}"
        _say(f"BEGIN ADD {no} 张三")
        if save is not None:
            save(Household(household_no=no, head_name="张三", group_no=int(no[:2])))
            _say(f"COMMIT GUI {no} 张三")
        else:
            add_household(session, no, "张三")
        _say(f"COMMIT ADD {no} 张三")

    def live() -> list[Household]:
        rows = roster.list_households(session)
        return [Household.from_record(r) for r in rows]

    insert()  # the first write: READY times the kill from here
    _say("READY")
    while True:
        op = rng.choices(
            ["insert", "update", "delete", "export", "import", "backup", "usb"],
            [5, 3, 1, 1, 1, 1, 1],
        )[0]
        households = live() if op in ("update", "delete") else []
        if op == "insert" or (op in ("update", "delete") and not households):
            insert()
        elif op == "update":
            household = rng.choice(households)
            name = rng.choice(["李四", "王五", "赵六", "钱七"])
            _say(f"BEGIN UPDATE {household.household_no} {name}")
            changed = _replace(household, head_name=name)
            if save is not None:
                save(changed)
                _say(f"COMMIT GUI {household.household_no} {name}")
            else:
                roster.update_household(session, changed)
            _say(f"COMMIT UPDATE {household.household_no} {name}")
        elif op == "delete":
            household = rng.choice(households)
            _say(f"BEGIN DELETE {household.household_no} -")
            roster.delete_household(session, household.id)
            _say(f"COMMIT DELETE {household.household_no} -")
        elif op == "export":
            result = sync.export_all(session, work / "stick")
            _say(f"EXPORT {result[0].path}")
        elif op == "import":
            sync.import_sync_files(session, [rng.choice(town_files)])
            _say("IMPORT")
        elif op == "backup":
            _say(f"BACKUP {backups.backup_now(session).path}")
        else:
            info = backups.backup_now(session, reason="usb", out_dir=work / "stick")
            _say(f"BACKUP {info.path}")


def _replace(household: object, **changes: object) -> object:
    import dataclasses

    return dataclasses.replace(household, **changes)  # type: ignore[type-var]


def _gui_saver(session: object) -> object:
    """A function that saves a household through the GUI's dialog, as a clerk's OK does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from sanzhi_desktop.gui.context import GuiContext
    from sanzhi_desktop.gui.kit.form import FormDialog
    from sanzhi_desktop.gui.parts.roster.households_form import HouseholdForm, household_from
    from sanzhi_desktop.services import roster

    app = QApplication.instance() or QApplication([])
    ctx = GuiContext(session=session)  # type: ignore[arg-type]

    def save(household: object) -> None:
        hid = str(getattr(household, "id", "") or "")
        service = roster.update_household if hid else roster.add_household
        dialog = FormDialog(
            "户",
            HouseholdForm().fields(household if hid else None),  # type: ignore[arg-type]
            lambda v: service(ctx.session, household_from(v, id=hid)),
            ctx=ctx,
        )
        dialog.set_value("household_no", household.household_no)  # type: ignore[attr-defined]
        dialog.set_value("head_name", household.head_name)  # type: ignore[attr-defined]
        dialog.set_value("group_no", household.group_no or 1)  # type: ignore[attr-defined]
        if not dialog.try_accept():
            raise RuntimeError("the form refused the household")
        dialog.deleteLater()
        app.processEvents()

    return save


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


def run(
    runs: int,
    *,
    seed: int = 1,
    work: Path | None = None,
    max_wait: float = 0.6,
    gui_share: float = 0.0,
) -> Figures:
    """``runs`` kills; returns the figures (``work``: keep the folder for a post-mortem).

    ``gui_share``: the share of runs whose child saves through the GUI's dialog.
    """
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
    #: household_no → its head's name as last reported committed, or "-" once deleted.
    committed: dict[str, str] = {}
    checked: set[Path] = set()
    try:
        for run_no in range(runs):
            gui = rng.random() < gui_share
            proc = subprocess.Popen(
                [
                    sys.executable,
                    __file__,
                    "--child",
                    str(work),
                    "--seed",
                    str(seed * 100_003 + run_no),
                    *(["--gui"] if gui else []),
                ],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"},
            )
            assert proc.stdout is not None
            lines: list[str] = []
            for line in proc.stdout:  # up to READY: the first write is done
                lines.append(line)
                if line.strip() == "READY":
                    time.sleep(rng.uniform(0.0, max_wait))
                    break
            proc.send_signal(signal.SIGKILL)
            rest, _ = proc.communicate()
            figures.runs += 1
            figures.kills += proc.returncode == -signal.SIGKILL
            figures.died_on_their_own += proc.returncode != -signal.SIGKILL
            pending: dict[str, str] = {}
            for line in [*lines, *rest.splitlines()]:
                kind, *fields = line.split()
                if kind == "BEGIN":
                    pending[fields[1]] = fields[2]
                elif kind == "COMMIT":
                    op, no, value = fields
                    if op == "GUI":
                        figures.gui_saves += 1
                        continue
                    committed[no] = value
                    pending.pop(no, None)
                    figures.commits_reported += 1
                    figures.inserts += op == "ADD"
                    figures.updates += op == "UPDATE"
                    figures.deletes += op == "DELETE"
                if kind in ("COMMIT", "EXPORT", "IMPORT", "BACKUP"):
                    figures.operations_finished += 1
            # 1. the data file (opened as the program opens it: the WAL is replayed)
            db = connection.connect(db_path)
            try:
                if connection.integrity_check(db):
                    figures.corruptions += 1
                stored = {
                    str(no): "-" if deleted else str(head)
                    for no, head, deleted in db.execute(
                        "SELECT household_no, head_name, deleted FROM households"
                    ).fetchall()
                }
            finally:
                db.close()
            for no, value in list(committed.items()):
                now = stored.get(no)
                if now == value:
                    continue
                if no in pending and now == pending[no]:
                    committed[no] = now  # committed just before the kill, unreported
                    continue
                figures.lost_commits += 1
                committed[no] = now if now is not None else value
            for no, value in pending.items():  # an insert committed but never reported
                if no not in committed and stored.get(no) == value:
                    committed[no] = value
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
                for journal in folder.glob(".*.tmp-journal"):
                    journal.unlink()  # a kill mid-copy leaves it; the next copy starts afresh
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
    parser.add_argument(
        "--gui-share", type=float, default=0.3, help="share of runs saving through the GUI"
    )
    parser.add_argument("--max-wait", type=float, default=0.6, help="seconds after the first write")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--gui", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.seed, gui=args.gui)
        return 0
    figures = run(
        args.runs,
        seed=args.seed,
        work=args.keep,
        max_wait=args.max_wait,
        gui_share=args.gui_share,
    )
    for name, value in asdict(figures).items():
        print(f"{name:22} {value}")
    print("OK" if figures.ok else "FAILED")
    return 0 if figures.ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
