"""``sanzhi print notice|finance|decision|issues`` and ``sanzhi notices list``."""

from pathlib import Path

import pytest

from sanzhi_desktop.cli import main
from sanzhi_desktop.domain.decisions import Decision
from sanzhi_desktop.domain.finance import FinanceDisclosure, FinanceLine
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.services import decisions, finance, notices
from sanzhi_desktop.services.session import Session
from tests.pdf_tools import pdf_text


def test_print_commands_write_pdfs(
    session: Session, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = notices.create_notice(session, Notice(title="防火提示", body="注意用火"))
    draft = notices.create_notice(session, Notice(title="还在起草", body="草稿"))
    notices.submit_for_review(session, notice.id)
    notices.record_review(session, notice.id, reviewer="李监委", opinion="同意")
    d = FinanceDisclosure(year=2026, quarter=1, opening_fen=100, closing_fen=200).with_lines(
        [FinanceLine("income", "其他收入", 100)]
    )
    finance.save_finance(session, d)
    decision = decisions.create_decision(session, Decision(title="修路"))
    session.close()
    out = tmp_path / "n.pdf"
    assert (
        main(["--db", str(db_path), "print", "notice", short_id(notice.id), "--out", str(out)]) == 0
    )
    assert "防火提示" in pdf_text(out.read_bytes())
    # A draft has not passed the supervision committee: it is not printed for the board.
    refused = tmp_path / "draft.pdf"
    capsys.readouterr()
    assert (
        main(["--db", str(db_path), "print", "notice", short_id(draft.id), "--out", str(refused)])
        == 1
    )
    assert "审核" in capsys.readouterr().err and not refused.exists()
    fin = tmp_path / "f.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "print",
                "finance",
                "--year",
                "2026",
                "--quarter",
                "1",
                "--out",
                str(fin),
            ]
        )
        == 0
    )
    # the quarter has no approved notice yet: it prints as a draft
    assert "小营村2026年第1季度财务收支公开" in pdf_text(fin.read_bytes())
    assert "草稿（未经审核，不得张贴）" in "".join(pdf_text(fin.read_bytes()).split())
    dec = tmp_path / "d.pdf"
    assert main(["--db", str(db_path), "print", "decision", decision.id, "--out", str(dec)]) == 0
    assert "修路" in pdf_text(dec.read_bytes())
    # an issue wall with no problems on it is not printed
    wall = tmp_path / "w.pdf"
    capsys.readouterr()
    assert main(["--db", str(db_path), "print", "issues", "--out", str(wall)]) == 1
    assert "没有可打印" in capsys.readouterr().err and not wall.exists()
    assert main(["--db", str(db_path), "notices", "list"]) == 0
    assert "防火提示" in capsys.readouterr().out


def test_print_refuses_missing_records(
    session: Session, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    session.close()
    out = tmp_path / "x.pdf"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "print",
                "finance",
                "--year",
                "2026",
                "--quarter",
                "2",
                "--out",
                str(out),
            ]
        )
        == 1
    )
    assert "还没有2026年第2季度的财务公开" in capsys.readouterr().err
    assert main(["--db", str(db_path), "print", "notice", "abcdef12", "--out", str(out)]) == 1
    assert not out.exists()
