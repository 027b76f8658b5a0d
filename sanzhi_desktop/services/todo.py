"""The home page's to-do list, gathered from every part of the program.

Each part (roster, boards, lists, mediation, sync) contributes what is due,
overdue or waiting by decorating a function ``fn(session) -> list[TodoItem]``
with :func:`todo_provider` in its own services module, and names that module
in :data:`PROVIDER_MODULES`. :func:`collect_todos` imports those modules only:
importing all ~80 services modules (the sync code, its crypto, the printed
binder) cost the home page more than every query behind its to-dos. A test
imports every services module and checks that the providers registered come
from exactly these, so a part that forgets to name its module fails a test,
not a clerk's to-do list.
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


#: The services modules that hold a :func:`todo_provider` (checked by a test).
PROVIDER_MODULES = (
    "councils", "credit", "custom_reform", "disclosure_catalogue", "good_deeds", "issue_wall",
    "law", "law_publicity", "law_registers", "mediation", "notices", "party", "party_meetings",
    "party_points", "party_targets", "petitions", "red_black", "roster", "screening",
)  # fmt: skip


def _import_services() -> None:
    for name in PROVIDER_MODULES:
        importlib.import_module(f"sanzhi_desktop.services.{name}")


def import_every_services_module() -> None:
    """Every services module (for the test of :data:`PROVIDER_MODULES` and the import checks)."""
    import pkgutil

    import sanzhi_desktop.services as package

    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")


def registered_provider_modules() -> set[str]:
    """The short names of the modules whose providers are registered so far."""
    return {key.split(".")[2] for key in _PROVIDERS}


def collect_todos(session: Session) -> list[TodoItem]:
    """Every provider's items: overdue first, then by due date."""
    _import_services()
    items = [item for provider in _PROVIDERS.values() for item in provider(session)]
    return sorted(items, key=lambda i: (i.urgency, i.due or "9999", i.text))
