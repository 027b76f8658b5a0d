"""Screenshots of the main pages for the README, rendered offscreen.

    python scripts/screenshots.py [--out docs/screenshots] [--lang zh_CN|en]
                                  [--size 1366x768] [--db DEMO.db]

Builds the demo village in a temporary data file (or copies ``--db``, a demo
file made before, to save the minutes), opens the main window at 1366×768 —
the reference office PC — (or ``--size``) with the shipped font and the
installed translation (built into the package by the install; run ``make
i18n`` after changing the .ts), and saves
the home page, the roster with a selected villager, a person dialog showing an
inline ID-number error, the import report of a bad .xlsx, and the settings
with their 关于 tab.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sanzhi_desktop.gui import i18n  # noqa: E402
from sanzhi_desktop.gui.app import build_main_window  # noqa: E402
from sanzhi_desktop.gui.context import GuiContext  # noqa: E402
from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog  # noqa: E402
from sanzhi_desktop.gui.dialogs.roster_import_dialog import RosterImportDialog  # noqa: E402
from sanzhi_desktop.gui.fonts import register_app_font  # noqa: E402
from sanzhi_desktop.services import operators  # noqa: E402
from sanzhi_desktop.services.demo import create_demo_village  # noqa: E402
from sanzhi_desktop.services.roster_xlsx import HEADERS  # noqa: E402
from sanzhi_desktop.services.session import open_session  # noqa: E402

SIZE = QSize(1366, 768)


def save(widget: QWidget, path: Path) -> None:
    for _ in range(5):
        QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    print(path)


def bad_roster(path: Path) -> Path:
    """A small .xlsx with the mistakes clerks make, for the import report."""
    book = Workbook()
    sheet = book.active
    sheet.append(list(HEADERS.values()))
    sheet.append(
        [
            "0901",
            "赵建国",
            9,
            "9组1号",
            "赵建国",
            "男",
            "汉族",
            "1970-03-05",
            "610722197003050014",
            "13812345678",
            "户主",
            "",
        ]
    )
    sheet.append(
        ["0901", "赵建国", 9, "9组1号", "李秀兰", "女", "汉族", "1972/13/01", "", "", "配偶", ""]
    )
    sheet.append(
        ["0902", "钱进", "九组", "", "钱进", "男", "汉族", "", 610722198001010013, "", "户主", ""]
    )
    sheet.append(["0903", "孙丽", 9, "", "孙丽", "未知", "汉族", "", "", "1381234", "户主", ""])
    book.save(path)
    return path


def wait_until(condition: object, timeout_ms: int = 10_000) -> None:
    import time

    deadline = time.monotonic() + timeout_ms / 1000
    while not condition() and time.monotonic() < deadline:  # type: ignore[operator]
        QApplication.processEvents()
        time.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument(
        "--size", default=f"{SIZE.width()}x{SIZE.height()}", help="window size, e.g. 1920x1080"
    )
    parser.add_argument("--db", type=Path, help="copy this demo file instead of generating one")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    size = QSize(width, height)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    register_app_font(app)
    translators = i18n.install_translators(app, args.lang)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        db = work / "demo" / "sanzhi.db"
        if args.db:
            import shutil

            db.parent.mkdir(parents=True)
            shutil.copyfile(args.db, db)
        else:
            create_demo_village(db)
        session = open_session(db, operator="王文书")
        try:
            operators.sign_in(session, "王文书")
            window = build_main_window(session)
            window.resize(size)
            window.show()
            home = window.page("home")
            wait_until(lambda: home.todos_loaded and home.figures_loaded)  # type: ignore[attr-defined]
            save(window, args.out / "main-window.png")

            window.show_page("roster")
            page = window.page("roster")
            person_id = page.model.row_dict(3)["id"]  # type: ignore[attr-defined]
            page.select_person(person_id)  # type: ignore[attr-defined]
            save(window, args.out / "roster.png")

            ctx: GuiContext = window.ctx
            dialog = PersonDialog(ctx, parent=window)
            dialog.name.setText("王小军")
            dialog.id_number.setText("610722199001010014")
            dialog.show()
            save(dialog, args.out / "person-dialog-error.png")
            dialog.close()

            importer = RosterImportDialog(ctx, parent=window)
            importer.show()
            importer.read(bad_roster(work / "bad.xlsx"))
            wait_until(lambda: importer.preview is not None)
            save(importer, args.out / "import-errors.png")
            importer.close()

            window.show_page("settings")
            save(window, args.out / "settings.png")
            settings = window.page("settings")
            settings.tabs.setCurrentWidget(settings.about)  # type: ignore[attr-defined]
            save(window, args.out / "settings-about.png")
            window.close()
        finally:
            session.close()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
