"""The Qt half of ``sanzhi --self-test``: translations and the font, as the GUI loads them.

These are the files a packager most easily leaves out (the program's
``sanzhi_zh_CN.qm``, Qt's ``qtbase_zh_CN.qm``, the TrueType font) and whose
absence does not crash the program — it silently shows English buttons or
boxes instead of Chinese. So the check loads them exactly as
:mod:`sanzhi_desktop.gui.app` does, in an offscreen QApplication (the
self-test opens no window and needs no screen), and asks for a known string.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import QApplication

from sanzhi_desktop.domain import lang
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.gui.fonts import register_font
from sanzhi_desktop.gui.i18n import app_qm_path, install_translators
from sanzhi_desktop.services.self_test import Check, CheckResult, fail, ok

# (context, English source, expected Chinese): one of the program's own strings
# and one of Qt's standard buttons, which comes from qtbase_zh_CN.qm.
PROGRAM_STRING = ("MainWindow", "Home", "首页")
QT_STRING = ("QPlatformTheme", "Cancel", "取消")
FONT_SAMPLE = "三治融合村务台账"


def application() -> QApplication:
    """The running QApplication, or a new offscreen one (the self-test needs no screen)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(["sanzhi-self-test"])


def check_translation(workdir: Path) -> CheckResult:
    """The zh_CN translators install, and a program string and a Qt button come out in Chinese."""
    app = application()
    language = lang.current_language()
    translators = install_translators(app, "zh_CN")
    try:
        got = [
            QCoreApplication.translate(ctx, source)
            for ctx, source, _ in (PROGRAM_STRING, QT_STRING)
        ]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        lang.set_language(language)  # install_translators switched the message language
    wrong = [
        f"{source}→{text}"
        for (_, source, expected), text in zip((PROGRAM_STRING, QT_STRING), got, strict=True)
        if text != expected
    ]
    if wrong:
        where = app_qm_path("zh_CN")
        return fail(
            "translation",
            msg(
                f"中文翻译没有生效（{', '.join(wrong)}；{where}）",
                f"not translated: {wrong} ({where})",
            ),
        )
    return ok(
        "translation",
        msg(
            f"已加载中文界面翻译（{got[0]}、{got[1]}）",
            f"the zh_CN translation is loaded ({got[0]}, {got[1]})",
        ),
    )


def check_font(workdir: Path) -> CheckResult:
    """The shipped font registers with Qt and has glyphs for the Chinese the screens show."""
    application()
    family = register_font()
    if family is None:
        return fail(
            "font", msg("随程序提供的中文字体无法加载", "the shipped font could not be loaded")
        )
    metrics = QFontMetrics(QFont(family, 12))
    missing = [ch for ch in FONT_SAMPLE if not metrics.inFontUcs4(ord(ch))]
    if missing:
        return fail("font", msg(f"字体缺少汉字：{''.join(missing)}", f"glyphs missing: {missing}"))
    platform = QGuiApplication.platformName()
    return ok(
        "font",
        msg(
            f"已加载字体“{family}”（Qt平台：{platform}）",
            f"font '{family}' loaded (Qt platform: {platform})",
        ),
    )


def gui_checks() -> list[tuple[str, Check]]:
    """The Qt checks, run after the core ones."""
    return [("translation", check_translation), ("font", check_font)]
