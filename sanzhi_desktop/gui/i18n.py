"""Loading the Chinese translation of the interface.

The source strings are English (``self.tr("Home")``) so that Qt Linguist can
manage them; the clerks see Chinese because ``zh_CN`` is the default and the
program's ``sanzhi_zh_CN.qm`` (built from i18n/*.ts by hatch_build.py) plus
Qt's own ``qtbase_zh_CN.qm`` (standard buttons: 确定/取消) are installed here.
Messages made below the GUI follow the same choice through
:func:`sanzhi_desktop.domain.lang.set_language`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from sanzhi_desktop.domain import lang

log = logging.getLogger(__name__)

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def app_qm_path(code: str, locale_dir: Path | None = None) -> Path:
    return (locale_dir or LOCALE_DIR) / f"sanzhi_{code}.qm"


def qt_qm_path(code: str) -> Path:
    """Qt's own ``qtbase_<code>.qm`` (file dialogs' "查找范围", 确定/取消, the print dialog).

    Where Qt says its translations are; a frozen build (PyInstaller) may
    report a folder that was not bundled, so the PySide6 package's own
    ``Qt/translations`` (where the wheel ships them) is tried next.
    """
    name = f"qtbase_{code}.qm"
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / name]
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    candidates += [package / "Qt" / "translations" / name, package / "translations" / name]
    return next((path for path in candidates if path.exists()), candidates[0])


def install_translators(
    app: QCoreApplication, code: str, *, locale_dir: Path | None = None
) -> list[QTranslator]:
    """Install the translators for ``code`` and return them (keep them alive).

    ``locale_dir`` overrides where the program's .qm is looked for (the
    screenshot script builds one into a temporary directory).

    A missing .qm (a checkout where the build hook has not run) is logged and
    skipped: the interface then shows its English source strings, which is
    better than not starting.
    """
    lang.set_language(code)
    if code == "en":
        return []
    installed: list[QTranslator] = []
    for path in (app_qm_path(code, locale_dir), qt_qm_path(code)):
        translator = QTranslator(app)
        if path.exists() and translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation not found or unreadable: %s", path)
    return installed
