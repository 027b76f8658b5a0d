"""居民身份证号码 (GB 11643-1999): validation, derived facts and masking.

An 18-character number: 6-digit address code, 8-digit birth date, 3-digit
sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
character (0-9 or X). A typing slip in any one digit changes the check
character, so the check catches nearly every mistyped number.
"""

from __future__ import annotations

from datetime import date

from sanzhi_desktop.domain.division import PROVINCES
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.text import clean_code

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"


def normalize_id_number(value: str) -> str:
    """Fold full-width characters and spaces; a lower-case x becomes X."""
    return clean_code(value).upper()


def check_char(first17: str) -> str:
    """The check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK_CHARS[total % 11]


def birth_date_of(id_number: str) -> date | None:
    """The birth date written in a (well-formed) number, or None if it is not a date."""
    digits = normalize_id_number(id_number)[6:14]
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None


def sex_of(id_number: str) -> str:
    """ "男" or "女" from the parity of the 17th digit."""
    return "男" if int(normalize_id_number(id_number)[16]) % 2 == 1 else "女"


def id_number_error(value: str, *, today: date | None = None) -> str | None:
    """Return why ``value`` is not a valid ID number, or None when it is valid."""
    number = normalize_id_number(value)
    if len(number) != 18:
        return msg(
            f"身份证号应为18位，现在是{len(number)}位",
            f"An ID number has 18 characters, this one has {len(number)}",
        )
    if not number[:17].isdigit() or not number[:17].isascii():
        return msg("身份证号前17位只能是数字", "The first 17 characters must be digits")
    if not (number[17].isdigit() or number[17] == "X"):
        return msg("身份证号最后一位应为数字或X", "The last character must be a digit or X")
    if number[:2] not in PROVINCES:
        return msg(
            f"身份证号前两位“{number[:2]}”不是有效的省份代码",
            f"'{number[:2]}' is not a province code",
        )
    born = birth_date_of(number)
    today = today or date.today()
    if born is None:
        return msg(
            f"身份证号中的出生日期“{number[6:14]}”不是有效日期",
            f"The birth date '{number[6:14]}' in the number is not a real date",
        )
    if born > today or born.year < 1890:
        return msg(
            f"身份证号中的出生日期{born.isoformat()}不合理",
            f"The birth date {born.isoformat()} in the number is not plausible",
        )
    expected = check_char(number[:17])
    if number[17] != expected:
        return msg(
            "身份证号校验位不对，请逐位核对（可能有数字输错）",
            "The check character does not match: a digit is probably mistyped",
        )
    return None


def mask_id_number(value: str) -> str:
    """Show the first 4 and last 4 characters only: ``6107**********1234``."""
    number = normalize_id_number(value)
    if len(number) <= 8:
        return "*" * len(number)
    return number[:4] + "*" * (len(number) - 8) + number[-4:]
