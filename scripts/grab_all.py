"""Grab every page and dialog of the village and the town demo, at 1366×768 and 1920×1080.

    python scripts/grab_all.py [--out /tmp/grabs] [--sizes 1366x768,1920x1080]
                               [--village V.db] [--town TOWN.db]

Builds the demo village and the demo town (or copies the files given, made
before, to save the minutes), then walks each as ``scripts/gui_walk.py``
does — every page, every tab with a record selected, every form and dialog —
and saves ``<out>/<size>/<demo>-<screen>.png``. What a screen gets wrong
(a clipped button, English or a raw field name) is printed; the exit status
is 1 when anything was found.
"""

from __future__ import annotations

import argparse
import itertools
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QRect  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from sanzhi_desktop.gui import i18n, screen_fit  # noqa: E402
from sanzhi_desktop.gui.app import build_main_window  # noqa: E402
from sanzhi_desktop.gui.fonts import register_app_font  # noqa: E402
from sanzhi_desktop.services import operators  # noqa: E402
from sanzhi_desktop.services.session import open_session  # noqa: E402
from scripts import gui_walk  # noqa: E402

#: The task bar's height: what a maximised window leaves of the screen.
TASK_BAR = 40


def demo_files(work: Path, village: Path | None, town: Path | None) -> dict[str, Path]:
    from sanzhi_desktop.services.demo import create_demo_village
    from sanzhi_desktop.services.demo.town import create_demo_town

    files = {"village": work / "village" / "sanzhi.db", "town": work / "town" / "town.db"}
    for key, given in (("village", village), ("town", town)):
        files[key].parent.mkdir(parents=True, exist_ok=True)
        if given:
            shutil.copyfile(given, files[key])
    if not village:
        create_demo_village(files["village"])
    if not town:
        built = create_demo_town(work / "town-demo", villages=3, years=1)
        shutil.copyfile(work / "town-demo" / "town.db", files["town"])
        del built
    return files


def grab(db: Path, demo: str, width: int, height: int, out: Path) -> list[str]:
    """Walk the demo ``db`` in a window of ``width``×``height``; save each screen; the problems."""
    available = QRect(0, 0, width, height - TASK_BAR)
    screen_fit.available_geometry = lambda _widget=None: available  # type: ignore[assignment]
    found: list[str] = []
    session = open_session(db, operator="王文书")
    try:
        operators.sign_in(session, "王文书")
        window = build_main_window(session)
        window.resize(available.size())
        window.show()
        gui_walk.settle(10)
        with gui_walk.harmless():
            for screen in itertools.chain(
                gui_walk.walk_window(window, demo, previews=3),
                gui_walk.program_dialogs(window, demo),
            ):
                path = out / f"{screen.name}.png"
                if not screen.widget.grab().save(str(path)):
                    raise OSError(f"could not write {path}")
                found += gui_walk.problems(screen, available)
        window.close()
    finally:
        session.close()
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "sanzhi-grabs")
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--village", type=Path, help="a demo village file made before")
    parser.add_argument("--town", type=Path, help="a demo town file made before")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    register_app_font(app)
    translators = i18n.install_translators(app, "zh_CN")
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        files = demo_files(Path(tmp), args.village, args.town)
        for size in args.sizes.split(","):
            width, height = (int(n) for n in size.lower().split("x"))
            folder = args.out / size
            folder.mkdir(parents=True, exist_ok=True)
            for demo, db in files.items():
                found += grab(db, demo, width, height, folder)
    with tempfile.TemporaryDirectory() as tmp:
        from sanzhi_desktop.services.session import open_session as open_empty

        empty = open_empty(Path(tmp) / "new" / "sanzhi.db", operator="王文书")
        try:
            for size in args.sizes.split(","):
                width, height = (int(n) for n in size.lower().split("x"))
                available = QRect(0, 0, width, height - TASK_BAR)
                screen_fit.available_geometry = lambda _w=None, a=available: a  # type: ignore[assignment]
                for screen in gui_walk.setup_wizard(empty, "new"):
                    screen.widget.grab().save(str(args.out / size / f"{screen.name}.png"))
                    found += gui_walk.problems(screen, available)
        finally:
            empty.close()
    for line in found:
        print(line)
    print(f"{len(found)} problems; screens in {args.out}")
    del translators
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
