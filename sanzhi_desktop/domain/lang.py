"""The language of messages produced below the GUI.

Validation and refusal messages are born in the domain and services, which
must not import Qt, yet the CLI has to speak Chinese and the GUI has to follow
``--lang en``. So each message is written in both languages where it is made
(``msg("…", "…")``) and this module picks one. Chinese is the default: the
clerks are the audience; English is for the township's IT helper and tests.
"""

from __future__ import annotations

_current = "zh_CN"

SUPPORTED = ("zh_CN", "en")


def set_language(code: str) -> None:
    """Select ``"zh_CN"`` or ``"en"`` for every message made from now on."""
    global _current
    if code not in SUPPORTED:
        raise ValueError(f"unsupported language: {code}")
    _current = code


def current_language() -> str:
    return _current


def msg(zh: str, en: str) -> str:
    """Return the message in the current language."""
    return en if _current == "en" else zh
