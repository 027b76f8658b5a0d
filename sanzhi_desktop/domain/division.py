"""统计用区划代码: the administrative codes that name every office.

A village is 12 digits: 2 province, 2 prefecture, 2 county, 3 town, 3 village;
its first 9 digits are its town's code. The checks here catch typing mistakes
(wrong length, letters, an all-zero level, an unknown province); they cannot
prove that a code exists, which only the published list could.
"""

from __future__ import annotations

from enum import StrEnum

from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.text import clean_code

#: Province-level prefixes of the mainland statistical codes.
PROVINCES = frozenset(
    str(n)
    for n in (11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45,
              46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65)
)  # fmt: skip


class OfficeKind(StrEnum):
    """Which kind of office a database belongs to."""

    VILLAGE = "village"
    TOWN = "town"

    @property
    def code_length(self) -> int:
        return 12 if self is OfficeKind.VILLAGE else 9

    @property
    def label(self) -> str:
        return msg("村", "village") if self is OfficeKind.VILLAGE else msg("镇（乡）", "town")


def division_code_error(code: str, kind: OfficeKind) -> str | None:
    """Return why ``code`` is not a valid code for ``kind``, or None when it is."""
    code = clean_code(code)
    need = kind.code_length
    if not code:
        return msg(f"请填写{need}位统计用区划代码", f"Enter the {need}-digit division code")
    if not code.isdigit() or not code.isascii():
        return msg("区划代码只能包含数字", "The division code may contain digits only")
    if len(code) != need:
        return msg(
            f"{kind.label}的区划代码应为{need}位数字，现在是{len(code)}位",
            f"A {kind.value} code has {need} digits, this one has {len(code)}",
        )
    if code[:2] not in PROVINCES:
        return msg(f"前两位“{code[:2]}”不是有效的省级代码", f"'{code[:2]}' is not a province code")
    levels = [(code[2:4], msg("地市", "prefecture")), (code[4:6], msg("县区", "county"))]
    levels.append((code[6:9], msg("乡镇", "town")))
    if kind is OfficeKind.VILLAGE:
        levels.append((code[9:12], msg("村", "village")))
    for digits, level in levels:
        if set(digits) == {"0"}:
            return msg(
                f"区划代码的{level}级不能全为0", f"The {level} part of the code cannot be all zeros"
            )
    return None


def town_code_of(village_code: str) -> str:
    """The 9-digit town code that a 12-digit village code belongs to."""
    return clean_code(village_code)[:9]
