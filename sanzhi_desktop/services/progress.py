"""Progress reporting for long work, without Qt.

A long service (import, demo generation, export) takes a ``progress``
callable and calls it as it goes. The GUI passes one that updates a progress
dialog and raises :class:`Cancelled` once the clerk pressed 取消; because the
service is inside a transaction at that point, cancelling rolls everything
back. The CLI passes one that prints, or :func:`no_progress`.
"""

from __future__ import annotations

from typing import Protocol

from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.lang import msg


class Progress(Protocol):
    def __call__(self, done: int, total: int, text: str = "") -> None: ...


class Cancelled(SanzhiError):
    def __init__(self) -> None:
        super().__init__(msg("已取消，没有做任何修改。", "Cancelled; nothing was changed."))


def no_progress(done: int, total: int, text: str = "") -> None:
    """A progress callback that ignores everything."""
