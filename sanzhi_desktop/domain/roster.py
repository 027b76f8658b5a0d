"""The village roster (村民档案): households and the persons in them.

The roster is the only place where personal identifiers live (ID number,
phone, address). Everything public that names a villager refers to a person
or household here and prints only name and villager group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.idcard import birth_date_of, id_number_error, normalize_id_number, sex_of
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.names import NAME_DOTS, is_han
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

SEXES = ("男", "女")

#: Relation to the household head, in the order of the household register (户口簿).
RELATIONS = (
    "户主", "配偶", "子", "女", "儿媳", "女婿", "孙子", "孙女", "外孙子", "外孙女",
    "父亲", "母亲", "公公", "婆婆", "岳父", "岳母", "兄弟", "姐妹", "其他",
)  # fmt: skip

#: The 56 nationalities, 汉族 first (the usual default), then the official order.
ETHNICITIES = (
    "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
    "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
    "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族",
    "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族",
    "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族",
    "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族",
    "珞巴族", "基诺族",
)  # fmt: skip

#: A name: 1–30 CJK ideographs of any block (:func:`domain.names.is_han`, with
#: 〇), ASCII letters, spaces and the middle dots. Checked by hand: the
#: equivalent regular expression takes ~2 ms to compile, at every start.
_NAME_MAX = 30
_NAME_MARKS = NAME_DOTS | {" "}
_MOBILE = re.compile(r"^1[3-9]\d{9}$")
_LANDLINE = re.compile(r"^0\d{2,3}-?\d{7,8}$")
_HOUSEHOLD_NO = re.compile(r"^[0-9A-Za-z-]{1,20}$")
MAX_GROUP = 99


@dataclass
class Household(Record):
    """A household (户): its number, head, villager group and address."""

    household_no: str
    head_name: str
    group_no: int
    address: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            household_no=clean_code(self.household_no),
            head_name=clean(self.head_name),
            group_no=self.group_no,
            address=clean(self.address),
            note=clean(self.note),
            id=self.id,
        )


@dataclass
class Person(Record):
    """A villager in a household; ``birth_date`` is an ISO date or empty."""

    name: str
    sex: str
    household_id: str
    relation: str = "其他"
    ethnicity: str = "汉族"
    birth_date: str = ""
    id_number: str = ""
    phone: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        return type(self)(
            name=clean(self.name),
            sex=clean(self.sex),
            household_id=self.household_id,
            relation=clean(self.relation),
            ethnicity=clean(self.ethnicity),
            birth_date=clean_code(self.birth_date),
            id_number=normalize_id_number(self.id_number),
            phone=clean_code(self.phone),
            note=clean(self.note),
            id=self.id,
        )


@dataclass
class RosterFilter:
    """What the roster table shows: free text, one villager group, one household."""

    text: str = ""
    group_no: int | None = None
    household_id: str | None = None
    limit: int | None = None


def _is_name_character(char: str) -> bool:
    return (
        ("\u4e00" <= char <= "\u9fff")  # the common case first
        or (char.isascii() and char.isalpha())
        or char in _NAME_MARKS
        or is_han(char)
    )


def name_error(name: str) -> str | None:
    if not name:
        return msg("请填写姓名", "Enter the name")
    if len(name) > _NAME_MAX or not all(map(_is_name_character, name)):
        return msg(
            "姓名只能包含汉字、字母和间隔号“·”",
            "A name may contain Chinese characters, letters and ·",
        )
    return None


def phone_error(phone: str) -> str | None:
    if phone and not (_MOBILE.match(phone) or _LANDLINE.match(phone)):
        return msg(
            "电话应为11位手机号或带区号的固定电话（如0916-1234567）",
            "Enter an 11-digit mobile number or a landline with area code (0916-1234567)",
        )
    return None


def parse_iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def validate_household(household: Household) -> list[FieldError]:
    """Check a (cleaned) household; an empty list means it may be saved."""
    errors: list[FieldError] = []
    if not household.household_no:
        errors.append(FieldError("household_no", msg("请填写户号", "Enter the household number")))
    elif not _HOUSEHOLD_NO.match(household.household_no):
        errors.append(
            FieldError(
                "household_no",
                msg(
                    "户号只能包含数字、字母和“-”，最长20位", "Digits, letters and - only, up to 20"
                ),
            )
        )
    if err := name_error(household.head_name):
        errors.append(FieldError("head_name", err.replace("姓名", "户主姓名")))
    if not isinstance(household.group_no, int) or not 1 <= household.group_no <= MAX_GROUP:
        errors.append(
            FieldError(
                "group_no",
                msg(f"村民小组应为1到{MAX_GROUP}之间的数字", f"Villager group is 1 to {MAX_GROUP}"),
            )
        )
    return errors


def validate_person(person: Person, *, today: date | None = None) -> list[FieldError]:
    """Check a (cleaned) person; ID number, birth date and sex must agree."""
    today = today or date.today()
    errors: list[FieldError] = []
    if err := name_error(person.name):
        errors.append(FieldError("name", err))
    if person.sex not in SEXES:
        errors.append(FieldError("sex", msg("请选择性别（男或女）", "Choose the sex")))
    if not person.household_id:
        errors.append(FieldError("household_id", msg("请选择所在户", "Choose the household")))
    if person.relation not in RELATIONS:
        errors.append(
            FieldError("relation", msg("与户主关系不在列表中，请从列表选择", "Choose a relation"))
        )
    if person.ethnicity not in ETHNICITIES:
        errors.append(
            FieldError(
                "ethnicity", msg("民族名称不对，请从列表选择（如“汉族”）", "Choose a nationality")
            )
        )
    born: date | None = None
    if person.birth_date:
        born = parse_iso_date(person.birth_date)
        if born is None:
            errors.append(
                FieldError(
                    "birth_date",
                    msg("出生日期应写成2026-01-31的格式", "Write the birth date as 2026-01-31"),
                )
            )
        elif born > today:
            errors.append(
                FieldError("birth_date", msg("出生日期不能晚于今天", "Birth date is in the future"))
            )
    if person.id_number:
        if err := id_number_error(person.id_number, today=today):
            errors.append(FieldError("id_number", err))
        else:
            if born is not None and birth_date_of(person.id_number) != born:
                errors.append(
                    FieldError(
                        "birth_date",
                        msg(
                            "出生日期与身份证号中的日期不一致",
                            "Birth date differs from the ID number",
                        ),
                    )
                )
            if person.sex in SEXES and sex_of(person.id_number) != person.sex:
                errors.append(
                    FieldError(
                        "sex",
                        msg(
                            "性别与身份证号不一致（第17位单数为男，双数为女）",
                            "Sex differs from the ID number",
                        ),
                    )
                )
    if err := phone_error(person.phone):
        errors.append(FieldError("phone", err))
    return errors


def complete_from_id_number(person: Person) -> Person:
    """A copy with an empty birth date (and sex) filled from a valid ID number."""
    if not person.id_number or id_number_error(person.id_number) is not None:
        return person
    born = birth_date_of(person.id_number)
    return replace(
        person,
        birth_date=person.birth_date or (born.isoformat() if born else ""),
        sex=person.sex or sex_of(person.id_number),
    )


def age_on(birth_date: str, day: date) -> int | None:
    born = parse_iso_date(birth_date) if birth_date else None
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def mask_phone(phone: str) -> str:
    """Hide the middle of a phone number: ``13812345678`` → ``138****5678``.

    Landlines (``0916-1234567``) keep their area code and last four digits.
    """
    if not phone:
        return ""
    if len(phone) <= 7:
        return "*" * len(phone)
    head = phone.split("-")[0] + "-" if "-" in phone else phone[:3]
    tail = phone[-4:]
    hidden = len(phone) - len(head) - len(tail)
    return head + "*" * max(hidden, 1) + tail
