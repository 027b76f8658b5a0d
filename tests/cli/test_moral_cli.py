"""``sanzhi print redblack|stars|points|deeds`` write the sheets; bad input exits 1 or 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.services import points
from sanzhi_desktop.services.moral_common import set_black_names_full
from sanzhi_desktop.services.session import Session
from tests.moral_factories import BLACK_HEAD, black_entry, make_village, posted
from tests.pdf_tools import pdf_text


@pytest.fixture
def village_db(session: Session, db_path: Path) -> Path:
    village = make_village(session)
    posted(session, black_entry(village))
    session.close()
    return db_path


def test_print_redblack(
    village_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "board.pdf"
    code = main(
        ["--db", str(village_db), "print", "redblack", "--month", "2026-11", "--out", str(out)]
    )
    assert code == 0 and "已保存" in capsys.readouterr().out
    text = pdf_text(out.read_bytes())
    assert "王*虎" in text and BLACK_HEAD not in text


def test_full_names_warn_on_stderr(
    session: Session, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    village = make_village(session)
    posted(session, black_entry(village))
    set_black_names_full(session, True)
    session.close()
    out = tmp_path / "board.pdf"
    assert (
        main(["--db", str(db_path), "print", "redblack", "--month", "2026-11", "--out", str(out)])
        == 0
    )
    assert "完整显示" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args",
    [
        ["print", "stars", "--cycle", "2026"],
        ["print", "points", "--year", "2026", "--quarter", "4"],
        ["print", "deeds", "--month", "2026-11"],
    ],
)
def test_an_empty_sheet_is_not_printed(
    village_db: Path, tmp_path: Path, args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # the village has no star households, points or good deeds for these periods
    out = tmp_path / "sheet.pdf"
    assert main(["--db", str(village_db), *args, "--out", str(out)]) == 1
    assert "没有可打印" in capsys.readouterr().err and not out.exists()


def test_points_sheet_masks_names(session: Session, db_path: Path, tmp_path: Path) -> None:
    village = make_village(session)
    points.add_points(
        session, village.black_household.id, "A01", approved_by="村委会", entry_date="2026-11-10"
    )
    session.close()
    out = tmp_path / "sheet.pdf"
    args = ["print", "points", "--year", "2026", "--quarter", "4", "--out", str(out)]
    assert main(["--db", str(db_path), *args]) == 0
    text = pdf_text(out.read_bytes())
    assert "小营村" in text and "王*虎" in text and BLACK_HEAD not in text


def test_bad_month_and_quarter(
    village_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert (
        main(
            ["--db", str(village_db), "print", "redblack", "--month", "2026-13", "--out", str(out)]
        )
        == 1
    )
    assert "月份应写成" in capsys.readouterr().err and not out.exists()
    with pytest.raises(SystemExit) as exc:
        main(
            [
                "--db",
                str(village_db),
                "print",
                "points",
                "--year",
                "2026",
                "--quarter",
                "5",
                "--out",
                str(out),
            ]
        )
    assert exc.value.code == 2
