"""Small helpers that make valid test data."""

from __future__ import annotations

from sanzhi_desktop.domain.idcard import check_char


def valid_id_number(
    birth: str = "19800101", *, region: str = "610722", seq: str = "001", male: bool = True
) -> str:
    """A check-digit-valid ID number; ``seq``'s last digit is fixed to match ``male``."""
    last = int(seq[-1])
    if (last % 2 == 1) != male:
        last = (last + 1) % 10
    first17 = f"{region}{birth}{seq[:2]}{last}"
    return first17 + check_char(first17)
