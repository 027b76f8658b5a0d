"""Text normalisation applied to everything a person types.

Chinese text is stored NFC-normalised and trimmed (DESIGN.md §2) so that
searches and natural keys match regardless of the input method used; full-width
digits and letters (common from Chinese IMEs) are folded to ASCII where a field
is a code or a number.
"""

from __future__ import annotations

import unicodedata


def clean(value: object) -> str:
    """NFC-normalise and trim; ``None`` becomes the empty string."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return text.replace("\u3000", " ").strip()


def clean_code(value: object) -> str:
    """Like :func:`clean`, and fold full-width ASCII (``１２３ｘ``) to ASCII, no spaces."""
    text = unicodedata.normalize("NFKC", clean(value))
    return "".join(text.split())
