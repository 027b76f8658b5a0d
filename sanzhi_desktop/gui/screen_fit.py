"""Windows and dialogs that fit the screen they open on.

The reference PC is 1366×768 (UI.md) with a task bar, so about 1366×728 is
left: a dialog laid out for a developer's 1920×1080 loses its 确定/打印
buttons below the bottom edge, and a main window of 1280×800 hides its
status bar. Three tools, used by every window of the program:

- :func:`initial_window_state` / :func:`place_main_window`: the main window
  opens maximised on screens up to :data:`MAXIMISE_UP_TO` px wide and at
  most the available size on larger ones.
- :func:`fit_to_screen`: a dialog never larger than the available screen,
  at its preferred size when that fits.
- :func:`scroll_body`: a dialog whose fields may be taller than the screen
  scrolls them inside itself while its buttons stay at the bottom, visible.

The available geometry is read through :func:`available_geometry`, one
function that tests replace to simulate a 1366×768 or 1920×1080 screen (the
offscreen platform has a single small screen).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QFrame,
    QLayout,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Screens up to this width get a maximised main window: there every pixel counts.
MAXIMISE_UP_TO = 1440
#: The main window's size on a large screen, when it fits.
PREFERRED_MAIN_SIZE = QSize(1366, 860)
#: Room kept for the window frame and title bar, which ``availableGeometry`` includes.
FRAME_ALLOWANCE = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The screen area windows may use (without the task bar) where ``widget`` is.

    Falls back to the primary screen, and to 1366×728 when there is none
    (a test run without a display).
    """
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return QRect(0, 0, 1366, 728)
    return screen.availableGeometry()


def initial_window_state(available: QSize) -> tuple[QSize, bool]:
    """The main window's first size on a screen of ``available`` size, and whether maximised.

    A pure function of the size, so its rule is tested for any screen.
    """
    if available.width() <= MAXIMISE_UP_TO:
        return bounded(available, available), True
    return bounded(PREFERRED_MAIN_SIZE, available), False


def bounded(size: QSize, available: QSize) -> QSize:
    """``size`` made no larger than ``available`` less the window frame."""
    limit = QSize(
        max(available.width() - FRAME_ALLOWANCE.width(), 320),
        max(available.height() - FRAME_ALLOWANCE.height(), 240),
    )
    return size.boundedTo(limit)


def place_main_window(window: QMainWindow) -> bool:
    """Size the main window for its screen; returns whether it should open maximised.

    The caller shows it with ``showMaximized()`` or ``show()`` accordingly
    (``gui.app`` does); the maximum size keeps a later resize on the screen too.
    """
    area = available_geometry(window)
    size, maximised = initial_window_state(area.size())
    window.resize(size)
    if not maximised:
        window.move(
            area.x() + (area.width() - size.width()) // 2,
            area.y() + max((area.height() - size.height()) // 2 - FRAME_ALLOWANCE.height() // 2, 0),
        )
    return maximised


def fit_to_screen(dialog: QWidget, preferred: QSize | None = None) -> QSize:
    """Resize ``dialog`` to ``preferred`` (default: its size hint) bounded by the screen.

    Also caps its maximum size at the screen, so no later resize pushes its
    buttons off it. Returns the size given.
    """
    area = available_geometry(dialog).size()
    limit = bounded(QSize(16_777_215, 16_777_215), area)
    dialog.setMaximumSize(limit)
    wanted = preferred if preferred is not None else dialog.sizeHint()
    size = bounded(wanted.expandedTo(dialog.minimumSizeHint()), area)
    dialog.resize(size)
    return size


def grow_to_fit(dialog: QWidget) -> QSize:
    """Grow ``dialog`` to what its content now asks for (never shrink it), within the screen.

    For a dialog whose messages appear and vanish: the clerk's own resizing
    is kept, and a dialog already as tall as the screen scrolls instead.
    """
    for area in dialog.findChildren(FittingScrollArea):
        area.updateGeometry()
    layout = dialog.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    return fit_to_screen(dialog, dialog.size().expandedTo(dialog.sizeHint()))


class FittingScrollArea(QScrollArea):
    """A scroll area that asks for its whole content, up to the screen.

    A plain ``QScrollArea`` asks for a fixed small size, so a dialog that grows
    (an inline error appears) would scroll instead of growing while the
    screen still has room; this one's size hint is its content's, bounded by
    the available screen, so ``fit_to_screen(dialog, dialog.sizeHint())``
    grows the dialog first and scrolls only when the screen is full. When its
    content's layout changes (a message shown) it grows the dialog itself.
    """

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
            window = self.window()
            if isinstance(window, QDialog) and window.isVisible():
                grow_to_fit(window)
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        scrollbar = self.verticalScrollBar().sizeHint().width()
        wanted = QSize(hint.width() + scrollbar + 2 * self.frameWidth(), hint.height() + 2)
        return bounded(wanted, available_geometry(self).size())


def scroll_body(dialog: QDialog, buttons: QWidget | QLayout) -> QScrollArea:
    """Move everything in ``dialog``'s layout except ``buttons`` into a scroll area.

    Call it at the end of a dialog's ``__init__`` with its button box (or the
    layout holding its buttons), which must sit directly in the dialog's top
    layout. The fields scroll; the buttons stay at the bottom, always
    visible. Then :func:`fit_to_screen` sizes the dialog. Returns the scroll
    area (named ``dialogScroll``) so a dialog can scroll a new line into view.
    """
    top = dialog.layout()
    if not isinstance(top, QBoxLayout):
        raise TypeError("scroll_body needs a dialog whose layout is a QBoxLayout")
    if isinstance(buttons, QLayout):
        top.removeItem(buttons)
    else:
        top.removeWidget(buttons)
    body = QWidget()
    body.setObjectName("dialogBody")
    body.setLayout(top)  # takes the layout, and its widgets, from the dialog
    scroll = FittingScrollArea(dialog)
    scroll.setObjectName("dialogScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    # The body's whole width (a form never scrolls sideways); its height as the screen allows.
    scroll.setMinimumWidth(scroll.sizeHint().width())
    outer = QVBoxLayout(dialog)
    outer.addWidget(scroll, 1)
    if isinstance(buttons, QLayout):
        outer.addLayout(buttons)
    else:
        outer.addWidget(buttons)
    fit_to_screen(dialog)
    return scroll
