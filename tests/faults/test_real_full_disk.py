"""A really full disk (a tmpfs filled to the last byte), under the data file or the stick.

Each command must end with one Chinese line that names the full disk, exit 1,
and leave the data file intact and usable once space is freed — never
"已损坏…请从备份恢复", never a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.worthies import Worthy
from sanzhi_desktop.services import operators, worthies
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import open_session
from sanzhi_desktop.storage import connection
from tests.conftest import VILLAGE_CODE
from tests.faults.disks import fill, free, small_disk
from tests.sync.helpers import add_household, pair

REPO = Path(__file__).resolve().parents[2]


def _make_office(db: Path) -> None:
    with open_session(db, auto_backup=False) as session:
        init_office(
            session, kind=OfficeKind.VILLAGE, code=VILLAGE_CODE, name="小营村", town_name="某镇"
        )
        operators.add_operator(session, "王五")
        # something to print (an empty month's board is refused before any writing)
        worthies.name_worthy(session, Worthy(name="周明远", field="企业家", lives_at="西安市"))


def _assert_clean_refusal(code: int, err: str) -> None:
    assert code == 1, err
    assert "磁盘已满" in err, err
    for bad in ("已损坏", "请从备份恢复", "Traceback", "Errno", "Exception ignored"):
        assert bad not in err, err


def _operators_after_freeing(disk: Path, db: Path) -> list[str]:
    free(disk)
    with open_session(db, auto_backup=False) as session:
        assert connection.integrity_check(session.conn) == []
        return operators.list_operators(session)


@pytest.fixture
def office_disk(tmp_path: Path) -> Iterator[Path]:
    """A set-up village on a 2 MiB disk of its own; yields the data file."""
    with small_disk(tmp_path / "disk", 8192) as disk:
        db = disk / "sanzhi.db"
        _make_office(db)
        yield db


def test_a_completely_full_disk_is_not_a_damaged_file(
    office_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite fails while sizing the WAL index here ("disk I/O error").
    fill(office_disk.parent)
    code = main(["--db", str(office_disk), "operators", "add", "李四"])
    _assert_clean_refusal(code, capsys.readouterr().err)
    assert _operators_after_freeing(office_disk.parent, office_disk) == ["王五"]


def test_check_on_a_full_disk_says_full_not_damaged(
    office_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(office_disk.parent)
    code = main(["--db", str(office_disk), "check"])
    _assert_clean_refusal(code, capsys.readouterr().err)


def test_a_write_that_meets_the_full_disk_keeps_the_file_usable(
    office_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Enough room to open the file (WAL index), not enough for the change nor
    # the day's backup: the write itself fails inside SQLite.
    fill(office_disk.parent, leave_kib=48)
    code = main(["--db", str(office_disk), "operators", "add", "李" * 20_000])
    err = capsys.readouterr().err
    _assert_clean_refusal(code, err)
    assert not list(office_disk.parent.rglob("*.tmp-journal")), "start-up backup left a journal"
    assert not list(office_disk.parent.rglob(".*.tmp")), "start-up backup left a temp copy"
    assert _operators_after_freeing(office_disk.parent, office_disk) == ["王五"]
    assert main(["--db", str(office_disk), "operators", "add", "李四"]) == 0


def test_a_failed_start_up_backup_is_reported_by_the_cli(
    office_disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(office_disk.parent, leave_kib=48)
    code = main(["--db", str(office_disk), "operators", "list"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "自动备份没有做成" in err and "磁盘已满" in err, err
    assert not [p for p in office_disk.parent.rglob("*") if p.name.endswith("-journal")]


@pytest.mark.parametrize(
    "command",
    [
        ["backup", "--out", "{stick}"],
        ["roster", "export", "--out", "{stick}/花名册.xlsx"],
        ["roster", "template", "--out", "{stick}/模板.xlsx"],
        ["print", "worthies", "--out", "{stick}/乡贤名录.pdf"],
    ],
    ids=["backup", "roster-export", "template", "print"],
)
def test_writing_to_a_full_stick(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = tmp_path / "office" / "sanzhi.db"
    _make_office(db)
    with small_disk(tmp_path / "stick", 256) as stick:
        fill(stick)
        before = sorted(p.name for p in stick.iterdir())
        args = [part.format(stick=stick) for part in command]
        code = main(["--db", str(db), *args])
        err = capsys.readouterr().err
        _assert_clean_refusal(code, err)
        assert str(stick) in err, err
        assert sorted(p.name for p in stick.iterdir()) == before, "a half file was left"
    with open_session(db, auto_backup=False) as session:
        assert connection.integrity_check(session.conn) == []


def test_sync_export_to_a_full_stick(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pair(tmp_path) as p:
        add_household(p.village, "0101")
        db = p.village.path
        p.village.close()
        with small_disk(p.stick, 256) as stick:
            fill(stick)
            before = sorted(x.name for x in stick.iterdir())
            code = main(["--db", str(db), "export", "--out", str(stick)])
            err = capsys.readouterr().err
            _assert_clean_refusal(code, err)
            assert str(stick) in err, err
            assert sorted(x.name for x in stick.iterdir()) == before
            free(stick)
            assert main(["--db", str(db), "export", "--out", str(stick)]) == 0


def test_a_nearly_full_disk_never_kills_the_program(tmp_path: Path) -> None:
    """Writes until the disk is full, in a child process: it must end with the message,
    not a bus error (SIGBUS) from a memory-mapped page the disk cannot back."""
    with small_disk(tmp_path / "disk", 8192) as disk:
        db = disk / "sanzhi.db"
        _make_office(db)
        script = (
            "import sys\n"
            "from pathlib import Path\n"
            "from sanzhi_desktop.services.session import open_session\n"
            "from sanzhi_desktop.storage import disk_faults\n"
            "import sqlite3\n"
            "s = open_session(Path(sys.argv[1]), auto_backup=False)\n"
            "try:\n"
            "    s.conn.execute('CREATE TABLE IF NOT EXISTS filler (x BLOB)')\n"
            "    while True:\n"
            "        s.conn.execute('INSERT INTO filler VALUES (randomblob(3000))')\n"
            "except sqlite3.Error as exc:\n"
            "    fault = disk_faults.from_sqlite_error(exc, Path(sys.argv[1]))\n"
            "    print(type(fault).__name__)\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", script, str(db)],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert proc.returncode == 0, (proc.returncode, proc.stderr[-2000:])
        assert proc.stdout.strip() == "DiskFullError"
        free(disk)
        with open_session(db, auto_backup=False) as session:
            assert connection.quick_check(session.conn) == []
