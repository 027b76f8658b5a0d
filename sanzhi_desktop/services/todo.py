"""The home page's to-do list, gathered from every part of the program.

Each part (roster, boards, lists, mediation, sync) contributes what is due,
overdue or waiting by decorating a function ``fn(session) -> list[TodoItem]``
with :func:`todo_provider` in its own services module. :func:`collect_todos`
imports every services module once, so a new part adds to the list without
editing this file or the home page.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum

from sanzhi_desktop.services.session import Session


class Urgency(IntEnum):
    """Sort order of the list: overdue first, then due soon, then waiting."""

    OVERDUE = 0
    DUE_SOON = 1
    WAITING = 2


@dataclass(frozen=True)
class TodoItem:
    """One line of the list; ``page``/``table``/``record_id`` say where a click leads."""

    text: str
    urgency: Urgency
    page: str
    table: str = ""
    record_id: str = ""
    due: str = ""  # ISO date, "" if none


Provider = Callable[[Session], list[TodoItem]]
_PROVIDERS: dict[str, Provider] = {}


def todo_provider(fn: Provider) -> Provider:
    """Register ``fn`` as a source of to-dos (once per function)."""
    _PROVIDERS[f"{fn.__module__}.{fn.__qualname__}"] = fn
    return fn


def _import_services() -> None:
    import pkgutil  # here: the home page imports this module before the first paint

    import sanzhi_desktop.services as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def collect_todos(session: Session) -> list[TodoItem]:
    """Every provider's items: overdue first, then by due date."""
    _import_services()
    items = [item for provider in _PROVIDERS.values() for item in provider(session)]
    return sorted(items, key=lambda i: (i.urgency, i.due or "9999", i.text))
