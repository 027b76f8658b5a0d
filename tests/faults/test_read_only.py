"""A read-only data file, folder or mount is said to be read-only — never damaged.

Root ignores chmod, so the faults are made as a clerk's PC makes them and as
root still feels them: a read-only remount of a tmpfs (a write-protected USB
stick) and the immutable attribute (``chattr +i``).
"""

from __future__ import annotations

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
from tests.faults.disks import immutable, set_read_only, small_disk


def _make_office(db: Path) -> None:
    with open_session(db, auto_backup=False) as session:
        init_office(
            session, kind=OfficeKind.VILLAGE, code=VILLAGE_CODE, name="小营村", town_name="某镇"
        )
        operators.add_operator(session, "王五")
        # something to print (an empty month's board is refused before any writing)
        worthies.name_worthy(session, Worthy(name="周明远", field="企业家", lives_at="西安市"))


def _assert_read_only_refusal(code: int, err: str) -> None:
    assert code == 1, err
    assert "只读" in err, err
    for bad in ("已损坏", "请从备份恢复", "Traceback", "Errno"):
        assert bad not in err, err


@pytest.fixture
def office_disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk", 8192) as disk:
        db = disk / "sanzhi.db"
        _make_office(db)
        yield db


@pytest.mark.parametrize("command", [["operators", "add", "李四"], ["info"], ["check"]])
def test_a_read_only_mount(
    office_disk: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    set_read_only(office_disk.parent)
    code = main(["--db", str(office_disk), *command])
    err = capsys.readouterr().err
    _assert_read_only_refusal(code, err)
    assert "数据文件只读" in err
    set_read_only(office_disk.parent, False)
    with open_session(office_disk, auto_backup=False) as session:
        assert operators.list_operators(session) == ["王五"]


def test_an_immutable_data_file(office_disk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Checkpointed first, as a file copied from elsewhere would be: no -wal beside it.
    with open_session(office_disk, auto_backup=False) as session:
        session.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    immutable(office_disk)
    try:
        code = main(["--db", str(office_disk), "operators", "add", "李四"])
        _assert_read_only_refusal(code, capsys.readouterr().err)
    finally:
        immutable(office_disk, on=False)
    with open_session(office_disk, auto_backup=False) as session:
        assert connection.integrity_check(session.conn) == []
        assert operators.list_operators(session) == ["王五"]


@pytest.mark.parametrize(
    "command",
    [
        ["backup", "--out", "{stick}"],
        ["roster", "export", "--out", "{stick}/花名册.xlsx"],
        ["print", "worthies", "--out", "{stick}/乡贤名录.pdf"],
    ],
    ids=["backup", "roster-export", "print"],
)
def test_an_output_folder_on_a_write_protected_stick(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    db = tmp_path / "office" / "sanzhi.db"
    _make_office(db)
    with small_disk(tmp_path / "stick", 256) as stick:
        set_read_only(stick)
        code = main(["--db", str(db), *[part.format(stick=stick) for part in command]])
        err = capsys.readouterr().err
        _assert_read_only_refusal(code, err)
        assert str(stick) in err, err
        assert list(stick.iterdir()) == []
