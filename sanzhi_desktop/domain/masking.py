"""Masking people's names on public sheets: 张小三 → 张*三, 王五 → 王*.

A black-board entry names a household that has done something wrong; a sheet
pinned to the village notice board is read by passers-by and photographed.
The township guidance (and 个人信息保护法 art. 25) asks that such lists show
no more than is needed, so every public sheet masks names where the content
is negative (the black board, the points sheet with its deductions) unless the
clerk has switched full names on — and printing then warns.
"""

from __future__ import annotations

import re


def mask_name(name: str) -> str:
    """Keep the first and (for three characters or more) the last character.

    ``张三`` → ``张*``, ``张小三`` → ``张*三``, ``欧阳小明`` → ``欧**明``; a one-character
    name becomes ``*``; the empty name stays empty.
    """
    text = name.strip()
    if not text:
        return ""
    if len(text) == 1:
        return "*"
    if len(text) == 2:
        return text[0] + "*"
    return text[0] + "*" * (len(text) - 2) + text[-1]


def shown_name(name: str, *, full: bool) -> str:
    """``name`` as a public sheet prints it: in full only when ``full`` is set."""
    return name if full else mask_name(name)


_ID_NUMBER = re.compile(r"(?<![0-9])(\d{6})\d{8}(\d{3}[0-9Xx])(?![0-9])")
_MOBILE = re.compile(r"(?<![0-9])(1[3-9]\d)\d{4}(\d{4})(?![0-9])")


def scrub_identifiers(text: str) -> str:
    """Mask ID numbers and mobile numbers a clerk may have typed into a public text.

    The deed and problem texts are free text; a sheet must never carry an ID
    number or phone (DESIGN.md §2), so whatever looks like one is masked
    before printing: ``6107**********1234``, ``138****5678``.
    """
    text = _ID_NUMBER.sub(lambda m: m.group(1)[:4] + "*" * 10 + m.group(2)[-4:], text)
    return _MOBILE.sub(lambda m: m.group(1) + "****" + m.group(2), text)
