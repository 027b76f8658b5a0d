"""A walk through every page and dialog of the program, and the checks each screen must pass.

Used by ``scripts/grab_all.py`` (which saves a PNG of each screen) and by
``tests/gui/test_walk.py`` (which asserts the checks headless). The walk
opens, in a main window: every page, every tab of it with its first record
selected; the new-record form of every tab; the form (or other dialog) each
action of the selected record opens; the page's 更多 entries; and the
program's own dialogs (operator, settings' tabs, backup restore, change
log, print preview, setup wizard, sync enrolment).

Nothing the walk does is written: an action that would run a service at once
(``RecordTab.act``) or after a confirmation is skipped, message boxes answer
"No" at once, and a file dialog answers "cancelled" before the native dialog
would open (the file-save flow stops there). Forms are closed with 取消.

The checks (:func:`problems`): every visible push button lies inside the
window or dialog (not clipped) — a button inside a scroll area counts as
reachable — the window fits the screen, and no visible label, header, tab,
button or table cell shows an English word or a raw field name (an ASCII
identifier such as ``opening_fen``) outside :data:`ALLOWED_ASCII`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabBar,
    QWidget,
)

#: ASCII a Chinese screen may show: abbreviations clerks use, file kinds, paper sizes.
ALLOWED_ASCII = frozenset(
    {
        "ID", "PDF", "XLSX", "USB", "EXCEL", "WPS", "CSV", "QQ", "GB", "MB", "KB",
        "A4", "A3", "OK", "PC", "TXT", "DB", "UUID", "SM", "CPU", "HTTP", "ZIP",
        "AAA", "AA",  # credit grades (信用户 AAA级)
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TAG = re.compile(r"<[^>]+>")
_FILE_NAME = re.compile(r"\w\.(sanzhi|pdf|xlsx|db|json|png|txt|age|minisig)\b", re.IGNORECASE)
#: A catalogue's item number: the part's letters and a number (PF-01, DJ-3).
_CATALOGUE_CODE = re.compile(r"[（(]?[A-Z]{1,4}-\d+[）)]?[，。、；：]?")
#: A record's short number (the id's last 8 hex digits), alone in its cell.
_SHORT_ID = re.compile(r"^[0-9a-f]{8}$")
#: Screens whose business is technical facts (UI.md: they live under 设置 → 关于).
TECHNICAL_SCREENS = ("settings-aboutsection",)
#: Rows of a table looked at for raw values.
ROWS_CHECKED = 30


@dataclass
class Screen:
    name: str
    widget: QWidget


def settle(rounds: int = 4) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


# --- what may not be shown -----------------------------------------------------------------


def foreign_words(text: str) -> list[str]:
    """The words of ``text`` a Chinese screen must not show (English words, raw field names)."""
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&").replace("&", "")
    found = []
    for token in text.split():
        if "/" in token or "\\" in token or "@" in token or token.startswith("http"):
            continue  # a path, an address: technical facts, shown where they belong
        if _FILE_NAME.search(token) or _CATALOGUE_CODE.fullmatch(token) or _SHORT_ID.search(token):
            continue  # a file's name, a catalogue number (PF-01), a record's short number
        for word in _WORD.findall(token):
            letters = sum(c.isalpha() for c in word)
            if "_" in word.strip("_") or (letters >= 2 and word.upper() not in ALLOWED_ASCII):
                found.append(word)
    return found


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) of everything ``root`` shows in words."""
    yield "title", root.windowTitle()
    for label in root.findChildren(QLabel):
        if label.isVisible():
            yield f"label {label.objectName()}", label.text()
    for button in root.findChildren(QAbstractButton):
        if button.isVisible():
            yield f"button {button.objectName()}", button.text()
    for bar in root.findChildren(QTabBar):
        if bar.isVisible():
            for index in range(bar.count()):
                yield f"tab {bar.objectName()}", bar.tabText(index)
    for box in root.findChildren(QGroupBox):
        if box.isVisible():
            yield f"group {box.objectName()}", box.title()
    for combo in root.findChildren(QComboBox):
        if combo.isVisible() and not combo.isEditable():
            yield f"choice {combo.objectName()}", combo.currentText()
    for view in root.findChildren(QAbstractItemView):
        if not view.isVisible() or isinstance(view.parentWidget(), QComboBox):
            continue
        model = view.model()
        if model is None:
            continue
        name = f"table {view.objectName()}"
        root_index = view.rootIndex()
        try:
            columns = model.columnCount(root_index)
        except TypeError:  # a list model keeps its one column to itself
            columns = 1
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal)
            if header is not None:
                yield name + " header", str(header)
        for row in range(min(model.rowCount(root_index), ROWS_CHECKED)):
            for column in range(columns):
                value = model.index(row, column, root_index).data()
                if isinstance(value, str):
                    yield name + " cell", value


def clipped_buttons(root: QWidget) -> list[str]:
    """Visible push buttons that stick out of their window (scrolled content counts as inside)."""
    found = []
    for button in root.findChildren(QPushButton):
        if not button.isVisible():
            continue
        widget: QWidget = button
        while widget is not root:
            parent = widget.parentWidget()
            if parent is None:
                break
            area = parent.parentWidget()
            if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
                widget = area  # content scrolls inside the area: judge the area instead
                continue
            inside = parent.rect().adjusted(-1, -1, 1, 1)
            if not inside.contains(widget.geometry()):
                found.append(f"{button.objectName() or button.text()!r} in {widget.objectName()}")
                break
            widget = parent
    return found


def problems(screen: Screen, available: QRect) -> list[str]:
    """What is wrong with ``screen`` on a screen of ``available`` size (empty: nothing)."""
    widget = screen.widget
    found = []
    if widget.width() > available.width() or widget.height() > available.height():
        found.append(f"{screen.name}: {widget.width()}×{widget.height()} exceeds the screen")
    found += [f"{screen.name}: clipped button {b}" for b in clipped_buttons(widget)]
    if screen.name.endswith(TECHNICAL_SCREENS):
        return found
    for what, text in shown_texts(widget):
        words = foreign_words(text)
        if words:
            found.append(f"{screen.name}: {what} shows {', '.join(words)} in {text[:60]!r}")
    return found


# --- keeping the walk from writing or blocking ----------------------------------------------


@contextmanager
def harmless() -> Iterator[list[str]]:
    """Message boxes answer No, file dialogs Cancel, modal dialogs show instead of blocking.

    Yields the list of what was asked (a message box's title, a file dialog's caption).
    """
    from sanzhi_desktop.gui import tasks
    from sanzhi_desktop.gui.context import GuiContext
    from sanzhi_desktop.gui.kit.record_tab import RecordTab

    asked: list[str] = []

    def answer(result: object) -> Callable[..., object]:
        def ask(*args: Any, **_kwargs: Any) -> object:
            asked.append(" ".join(str(a) for a in args[1:3] if isinstance(a, str)))
            return result

        return ask

    def show_instead(self: QDialog) -> int:
        self.show()
        return int(QDialog.DialogCode.Rejected.value)

    no = QMessageBox.StandardButton.No
    patches: list[tuple[Any, str, object]] = [
        (QMessageBox, "question", answer(no)),
        (QMessageBox, "warning", answer(QMessageBox.StandardButton.Ok)),
        (QMessageBox, "critical", answer(QMessageBox.StandardButton.Ok)),
        (QMessageBox, "information", answer(QMessageBox.StandardButton.Ok)),
        (QFileDialog, "getSaveFileName", answer(("", ""))),
        (QFileDialog, "getOpenFileName", answer(("", ""))),
        (QFileDialog, "getOpenFileNames", answer(([], ""))),
        (QFileDialog, "getExistingDirectory", answer("")),
        (QDialog, "exec", show_instead),
        (RecordTab, "act", lambda self, fn: False),
        (GuiContext, "run_task", lambda self, *args, **kwargs: asked.append("task")),
        (tasks, "run_task", lambda *args, **kwargs: asked.append("task")),
        (RecordTab, "confirm", lambda self, title, question: False),
    ]
    saved = [(owner, name, vars(owner).get(name)) for owner, name, _ in patches]
    with ExitStack() as stack:
        for owner, name, value in patches:
            setattr(owner, name, value)

        def restore() -> None:
            for owner, name, old in saved:
                if old is None:
                    delattr(owner, name)
                else:
                    setattr(owner, name, old)

        stack.callback(restore)
        yield asked


# --- the walk ----------------------------------------------------------------------------------


def _dialogs() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()}


def _close(widgets: set[QWidget]) -> None:
    for widget in widgets:
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()
    settle(2)


def _new_dialogs(run: Callable[[], object]) -> list[QWidget]:
    """Run ``run`` and return the dialogs it opened (shown, not yet closed)."""
    before = _dialogs()
    try:
        run()
    except Exception as exc:
        raise RuntimeError(f"walk step failed: {exc!r}") from exc
    settle()
    opened = sorted(_dialogs() - before, key=lambda w: w.objectName())
    if any(_renders_pdf(dialog) for dialog in opened):
        wait_for_pdf()
    return opened


def _renders_pdf(widget: QWidget) -> bool:
    from PySide6.QtPdfWidgets import QPdfView

    return bool(widget.findChildren(QPdfView))


def wait_for_pdf(seconds: float = 1.5) -> None:
    """A PDF view draws its pages on a thread of its own: give it time to, before a grab."""
    import time

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def slug(text: str) -> str:
    return re.sub(r"[^0-9A-Za-z]+", "-", text).strip("-").lower() or "x"


def walk_window(window: Any, prefix: str, *, previews: int = 99) -> Iterator[Screen]:
    """Every page of ``window`` (a MainWindow), its tabs, forms and dialogs, one at a time.

    ``previews``: how many print previews to open (each builds a PDF).
    """
    from sanzhi_desktop.gui.kit.record_page import RecordPage

    for key in list(window.page_keys):
        window.show_page(key)
        page = window.page(key)
        settle()
        if not isinstance(page, RecordPage):
            yield Screen(f"{prefix}-{slug(key)}", window)
            yield from _inner_tabs(window, page, f"{prefix}-{slug(key)}")
            continue
        for index, tab in enumerate(page.record_tabs):
            page.tabs.setCurrentIndex(index)
            tab.ensure_loaded()
            settle()
            if tab.proxy.rowCount():
                tab.table.selectRow(0)
                settle()
            name = f"{prefix}-{slug(key)}-{slug(tab.name)}"
            yield Screen(name, window)
            if tab.can_create():
                for n, dialog in enumerate(_new_dialogs(tab.new_record)):
                    yield Screen(f"{name}-new{n or ''}", dialog)
                    _close({dialog})
            detail = tab.detail_pane.detail
            for action in list(detail.actions if detail else []):
                if action.refusal:
                    continue
                is_print = "print" in action.name.lower()
                if is_print and previews <= 0:
                    continue
                opened = _new_dialogs(action.run)
                for dialog in opened:
                    yield Screen(f"{name}-{slug(action.name)}", dialog)
                if is_print and opened:
                    previews -= 1
                _close(set(opened))
        more = page._more
        for action in more.actions() if more is not None else []:
            if not action.text() or action.isSeparator():
                continue
            for n, dialog in enumerate(_new_dialogs(action.trigger)):
                label = dialog.objectName() or type(dialog).__name__
                yield Screen(f"{prefix}-{slug(key)}-more-{slug(label)}{n or ''}", dialog)
                _close({dialog})


def _inner_tabs(window: Any, page: QWidget, name: str) -> Iterator[Screen]:
    """The tabs of a page that is not a record page (设置, 同步): each shown once."""
    from PySide6.QtWidgets import QTabWidget

    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(1, tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            widget = tabs.widget(index)
            label = widget.objectName() if widget is not None else str(index)
            yield Screen(f"{name}-{slug(label or str(index))}", window)
        tabs.setCurrentIndex(0)
        break


def program_dialogs(window: Any, prefix: str) -> Iterator[Screen]:
    """The program's own dialogs: operator, backup restore, change log, sync enrolment, and
    in a village the roster's person and import dialogs (the household form is the
    roster's 户 tab's new-record form, walked with the tabs)."""
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.gui.dialogs.backup_restore import BackupRestoreDialog
    from sanzhi_desktop.gui.dialogs.operator_dialog import OperatorDialog
    from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog
    from sanzhi_desktop.gui.dialogs.roster_import_dialog import RosterImportDialog
    from sanzhi_desktop.gui.dialogs.sync_enroll import SyncEnrollDialog
    from sanzhi_desktop.gui.pages.changelog import ChangeLogView
    from sanzhi_desktop.services import keys

    ctx = window.ctx
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("operator", lambda: OperatorDialog(ctx.session, window)),
        ("backup-restore", lambda: BackupRestoreDialog(ctx.session.path, window)),
        ("change-log", lambda: ChangeLogView(ctx, window)),
        ("sync-enroll", lambda: SyncEnrollDialog(keys.own_card(ctx.session), window)),
    ]
    if ctx.session.require_profile().kind is OfficeKind.VILLAGE:
        makers += [
            ("roster-person", lambda: PersonDialog(ctx, parent=window)),
            ("roster-import", lambda: RosterImportDialog(ctx, parent=window)),
        ]
    for name, make in makers:
        dialog = make()
        dialog.show()
        settle()
        yield Screen(f"{prefix}-{name}", dialog)
        _close({dialog})


def setup_wizard(empty_session: Any, prefix: str) -> Iterator[Screen]:
    """The first-run wizard on a file without an office, each of its pages."""
    from sanzhi_desktop.gui.dialogs.setup_wizard import SetupWizard

    wizard = SetupWizard(empty_session)
    wizard.show()
    settle()
    yield Screen(f"{prefix}-setup-wizard", wizard)
    for index, page_id in enumerate(wizard.pageIds()[1:], start=2):
        wizard.setStartId(page_id)  # each page as it looks when reached
        wizard.restart()
        settle()
        yield Screen(f"{prefix}-setup-wizard-{index}", wizard)
    _close({wizard})
