"""Exceptions that carry a message meant for the clerk.

Every exception here is an expected outcome of bad input or a refused action,
never a bug: the CLI prints its message as one line and exits 1, the GUI shows
it next to the field or in a message box.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with one field, e.g. ``FieldError("id_number", "校验位不对")``."""

    field: str
    message: str


class SanzhiError(Exception):
    """Base class: ``str(err)`` is a complete sentence for the clerk."""


class ValidationError(SanzhiError):
    """Input that breaks a rule; ``errors`` names each field and what is expected."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = errors
        super().__init__("；".join(e.message for e in errors))

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


class RefusedError(SanzhiError):
    """An action the rules do not allow in the current state."""


class NotFoundError(SanzhiError):
    """A record that does not exist (or was deleted)."""
