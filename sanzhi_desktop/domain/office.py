"""The office profile: who this database belongs to.

A database belongs to exactly one office, a village or a town, fixed at
initialisation. The profile's code is the ``owner`` of every record the office
writes (DESIGN.md §2), which is why it can never be changed afterwards.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any, Self

from sanzhi_desktop.domain.division import OfficeKind, division_code_error, town_code_of
from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.text import clean, clean_code

_PHONE = re.compile(r"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\d{5,8}|12345)$")


@dataclass
class OfficeProfile:
    kind: OfficeKind
    code: str
    name: str
    town_name: str
    town_code: str = ""
    supervision_phone: str = ""
    town_supervision_phone: str = ""
    created_at: str = ""

    def cleaned(self) -> Self:
        code = clean_code(self.code)
        return type(self)(
            kind=OfficeKind(self.kind),
            code=code,
            name=clean(self.name),
            town_name=clean(self.town_name),
            town_code=town_code_of(code) if self.kind is OfficeKind.VILLAGE else code,
            supervision_phone=clean_code(self.supervision_phone),
            town_supervision_phone=clean_code(self.town_supervision_phone),
            created_at=self.created_at,
        )

    @property
    def short_name(self) -> str:
        """The name without its 村/镇/乡 suffix, as used in dossier numbers."""
        for suffix in ("村委会", "村", "社区", "镇", "乡", "街道"):
            if self.name.endswith(suffix) and len(self.name) > len(suffix):
                return self.name[: -len(suffix)]
        return self.name

    def to_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["kind"] = self.kind.value
        return record

    @classmethod
    def from_record(cls, row: dict[str, Any]) -> Self:
        return cls(
            kind=OfficeKind(row["kind"]),
            code=row["code"],
            name=row["name"],
            town_name=row["town_name"],
            town_code=row["town_code"],
            supervision_phone=row.get("supervision_phone") or "",
            town_supervision_phone=row.get("town_supervision_phone") or "",
            created_at=row.get("created_at") or "",
        )


def validate_profile(profile: OfficeProfile) -> list[FieldError]:
    """Check a (cleaned) profile before it is written once and for all."""
    errors: list[FieldError] = []
    if err := division_code_error(profile.code, profile.kind):
        errors.append(FieldError("code", err))
    if not profile.name:
        errors.append(FieldError("name", msg("请填写名称（如“小营村”）", "Enter the office name")))
    elif len(profile.name) > 30:
        errors.append(FieldError("name", msg("名称太长（最多30字）", "Name too long (30 at most)")))
    if profile.kind is OfficeKind.VILLAGE and not profile.town_name:
        errors.append(
            FieldError("town_name", msg("请填写所属镇（乡）的名称", "Enter the town's name"))
        )
    for field_name in ("supervision_phone", "town_supervision_phone"):
        value = getattr(profile, field_name)
        if value and not _PHONE.match(value):
            errors.append(
                FieldError(
                    field_name,
                    msg(
                        "监督电话应为手机号或带区号的固定电话", "Enter a mobile or landline number"
                    ),
                )
            )
    return errors
