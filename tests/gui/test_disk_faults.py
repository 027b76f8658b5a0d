"""A GUI save that meets a really full disk says so (which disk, what to do), and stays open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.roster.households_form import HouseholdForm, household_from
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import open_session
from tests.conftest import VILLAGE_CODE
from tests.faults.disks import fill, free, small_disk


def test_saving_a_household_on_a_full_disk(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *rest: shown.append(text)
    )
    with small_disk(tmp_path / "disk", 2048) as disk:
        session = open_session(disk / "sanzhi.db", auto_backup=False)
        try:
            init_office(
                session, kind=OfficeKind.VILLAGE, code=VILLAGE_CODE, name="小营村", town_name="某镇"
            )
            ctx = GuiContext(session=session)
            dialog = FormDialog(
                "户",
                HouseholdForm().fields(),
                lambda v: roster.add_household(session, household_from(v)),
                ctx=ctx,
            )
            qtbot.addWidget(dialog)
            dialog.set_value("household_no", "0101")
            dialog.set_value("head_name", "王𪚥")
            dialog.set_value("note", "备注" * 30_000)
            fill(disk, leave_kib=48)
            assert not dialog.try_accept()
            assert len(shown) == 1 and "磁盘已满" in shown[0], shown
            assert dialog.result() != FormDialog.DialogCode.Accepted  # stays open
            free(disk)
            dialog.set_value("note", "")
            assert dialog.try_accept()
            assert dialog.result() == FormDialog.DialogCode.Accepted
            assert [h["head_name"] for h in roster.list_households(session)] == ["王𪚥"]
        finally:
            session.close()


def test_saving_a_pdf_to_a_full_stick(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog
    from sanzhi_desktop.printing.sheet import para, render_pdf, styles

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    pdf = render_pdf([para("王𪚥" * 2000, styles().body)], title="测试")
    dialog = PdfPreviewDialog(pdf, title="测试")
    qtbot.addWidget(dialog)
    with small_disk(tmp_path / "stick", 256) as stick:
        fill(stick)
        before = sorted(p.name for p in stick.iterdir())
        assert dialog.save_as(stick / "名单.pdf") is None
        assert len(shown) == 1 and "磁盘已满" in shown[0] and str(stick) in shown[0], shown
        assert sorted(p.name for p in stick.iterdir()) == before  # no half .part file
