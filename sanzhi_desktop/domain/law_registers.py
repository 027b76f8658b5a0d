"""宪法入户, the honour registers, the 法治阵地, 民主法治示范村 and the 六无村 self-check.

- 宪法入户: one visit record per household and year (reached or not, date, by
  whom); coverage is households reached ÷ live households, per 村民小组 and in
  total, against the plan's "宪法宣传达标率达100".
- Registers of 法治带头人, 法律明白人 and 尊法学法守法用法示范户: a person or a
  household, the year named, the basis, a status; honours are public by
  nature (GLOSSARY), so their 公示 prints names — never ID numbers or phones.
- 法治阵地: sites with their outdoor area (target ≥ 300 m² in total) and the
  checklist of service points each one has.
- 六无村: six items checked each year. 无讼 and 无案 are read against the
  mediation log (cases sent to court or handed to the police that year); an
  item the log contradicts cannot be declared met, whatever is typed. The
  other four are entered with their evidence.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Self

from sanzhi_desktop.domain.errors import FieldError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.moral_common import date_error
from sanzhi_desktop.domain.record import Record
from sanzhi_desktop.domain.text import clean, clean_code

COVERAGE_TARGET_PERCENT = 100
SITE_AREA_TARGET_M2 = 300
SERVICE_POINTS = (
    "公共法律服务窗口",
    "自助法律服务终端机",
    "人民调解室",
    "社区矫正工作站",
    "法律服务微信群",
)
TITLE_LEVELS = ("县级", "市级", "省级", "全国")
MAX_BASIS = 200


# --- 宪法入户 -------------------------------------------------------------------------


@dataclass
class ConstitutionVisit(Record):
    """A household's 宪法入户 in a year: reached or not, when and by whom."""

    household_id: str
    year: int
    reached: int = 1
    reached_on: str = ""
    reached_by: str = ""
    note: str = ""
    id: str = ""


def validate_visit(visit: ConstitutionVisit) -> list[FieldError]:
    errors = []
    if not visit.household_id:
        errors.append(FieldError("household_id", msg("请选择户", "Choose the household")))
    if not 2000 <= visit.year <= 2100:
        errors.append(FieldError("year", msg("年度应在2000到2100之间", "Year: 2000–2100")))
    if visit.reached:
        if err := date_error(visit.reached_on, "入户日期", "date"):
            errors.append(FieldError("reached_on", err))
        elif visit.reached_on[:4] != str(visit.year):
            errors.append(
                FieldError(
                    "reached_on", msg("入户日期应在所选年度内", "The date is outside the year")
                )
            )
        if not visit.reached_by:
            errors.append(FieldError("reached_by", msg("请填写入户宣传人", "Who visited?")))
    return errors


@dataclass(frozen=True)
class GroupCoverage:
    group_no: int
    households: int
    reached: int

    @property
    def percent(self) -> float:
        return 100.0 * self.reached / self.households if self.households else 100.0

    @property
    def met(self) -> bool:
        return self.reached >= self.households

    @property
    def missing(self) -> int:
        return self.households - self.reached


def coverage_by_group(
    households: Iterable[tuple[str, int]], reached_ids: set[str]
) -> list[GroupCoverage]:
    """(household id, group) of live households + ids reached → coverage per group."""
    totals: dict[int, list[int]] = {}
    for household_id, group_no in households:
        counts = totals.setdefault(int(group_no), [0, 0])
        counts[0] += 1
        counts[1] += household_id in reached_ids
    return [GroupCoverage(g, t[0], t[1]) for g, t in sorted(totals.items())]


def total_coverage(groups: Sequence[GroupCoverage]) -> GroupCoverage:
    """The whole village as one row (group 0)."""
    return GroupCoverage(0, sum(g.households for g in groups), sum(g.reached for g in groups))


def percent_text(value: float) -> str:
    """``99.5%``; a rate just under 100 never rounds up to "100%"."""
    shown = int(value * 10) / 10  # truncate: 99.96 must not read as 100.0
    return f"{shown:.1f}%"


# --- honours --------------------------------------------------------------------------


class HonourKind(StrEnum):
    LAW_LEADER = "law_leader"
    LAW_SAVVY = "law_savvy"
    MODEL_HOUSEHOLD = "model_household"

    @property
    def label(self) -> str:
        return {
            "law_leader": msg("法治带头人", "rule-of-law leader"),
            "law_savvy": msg("法律明白人", "law-savvy person"),
            "model_household": msg("尊法学法守法用法示范户", "law model household"),
        }[self.value]

    @property
    def is_household(self) -> bool:
        return self is HonourKind.MODEL_HOUSEHOLD


class HonourStatus(StrEnum):
    ACTIVE = "active"
    REVOKED = "revoked"

    @property
    def label(self) -> str:
        return msg("在册", "active") if self is HonourStatus.ACTIVE else msg("已撤销", "revoked")


@dataclass
class Honour(Record):
    """A person (or household) on one of the three registers; name and group copied."""

    kind: str
    household_id: str
    year: int
    basis: str
    person_id: str = ""
    name: str = ""
    group_no: int = 0
    status: str = HonourStatus.ACTIVE.value
    revoked_on: str = ""
    revoke_reason: str = ""
    note: str = ""
    id: str = ""

    def cleaned(self) -> Self:
        values = self.to_record()
        for key, value in values.items():
            if isinstance(value, str) and key != "id":
                values[key] = clean_code(value) if key.endswith("_id") else clean(value)
        return type(self)(**values)


def validate_honour(honour: Honour) -> list[FieldError]:
    errors = []
    if honour.kind not in {k.value for k in HonourKind}:
        errors.append(FieldError("kind", msg("请选择名册", "Choose the register")))
    elif not HonourKind(honour.kind).is_household and not honour.person_id:
        errors.append(FieldError("person_id", msg("请从村民档案中选择本人", "Pick the person")))
    if not honour.household_id:
        errors.append(FieldError("household_id", msg("请选择所在户", "Choose the household")))
    if not 2000 <= honour.year <= 2100:
        errors.append(FieldError("year", msg("年度应在2000到2100之间", "Year: 2000–2100")))
    if not honour.basis:
        errors.append(FieldError("basis", msg("请填写评定依据或事迹", "Enter the basis")))
    elif len(honour.basis) > MAX_BASIS:
        errors.append(
            FieldError("basis", msg(f"依据最多{MAX_BASIS}字", f"Basis: {MAX_BASIS} characters"))
        )
    return errors


# --- sites and the village's title ---------------------------------------------------


@dataclass
class Site(Record):
    """A 法治阵地 (法治广场, 法治文化长廊…) with its outdoor area and service points."""

    name: str
    outdoor_area_m2: int = 0
    services: str = "[]"  # JSON list of SERVICE_POINTS it has
    built_on: str = ""
    note: str = ""
    id: str = ""

    def service_list(self) -> list[str]:
        try:
            data = json.loads(self.services or "[]")
        except json.JSONDecodeError:
            return []
        return [str(x) for x in data] if isinstance(data, list) else []


def validate_site(site: Site) -> list[FieldError]:
    errors = []
    if not clean(site.name):
        errors.append(FieldError("name", msg("请填写阵地名称", "Enter the site's name")))
    if not 0 <= site.outdoor_area_m2 <= 1_000_000:
        errors.append(
            FieldError(
                "outdoor_area_m2",
                msg("室外面积应为0到1000000平方米", "Area: 0–1,000,000 m²"),
            )
        )
    unknown = [s for s in site.service_list() if s not in SERVICE_POINTS]
    if unknown:
        errors.append(
            FieldError("services", msg(f"没有这一服务项：{unknown[0]}", f"Unknown: {unknown[0]}"))
        )
    if site.built_on and (err := date_error(site.built_on, "建成日期", "date")):
        errors.append(FieldError("built_on", err))
    return errors


@dataclass(frozen=True)
class SitesSummary:
    area_m2: int
    services: tuple[str, ...]

    @property
    def area_met(self) -> bool:
        return self.area_m2 >= SITE_AREA_TARGET_M2

    @property
    def missing_services(self) -> tuple[str, ...]:
        return tuple(s for s in SERVICE_POINTS if s not in self.services)


def summarise_sites(sites: Iterable[Site]) -> SitesSummary:
    sites = list(sites)
    have = {s for site in sites for s in site.service_list()}
    return SitesSummary(
        area_m2=sum(s.outdoor_area_m2 for s in sites),
        services=tuple(s for s in SERVICE_POINTS if s in have),
    )


@dataclass
class VillageTitle(Record):
    """民主法治示范村 (亮牌): the level and the year named."""

    level: str
    year: int
    note: str = ""
    id: str = ""


def validate_title(title: VillageTitle) -> list[FieldError]:
    errors = []
    if title.level not in TITLE_LEVELS:
        errors.append(
            FieldError("level", msg("级别应为县级、市级、省级或全国", "Choose the level"))
        )
    if not 1990 <= title.year <= 2100:
        errors.append(FieldError("year", msg("年度应在1990到2100之间", "Year: 1990–2100")))
    return errors


# --- 六无村 ----------------------------------------------------------------------------


SIX_NIL_ITEMS: tuple[tuple[str, str], ...] = (
    ("no_case", "无案"),
    ("no_lawsuit", "无讼"),
    ("no_petition", "无访"),
    ("no_cult", "无邪"),
    ("no_gambling_drugs", "无赌毒"),
    ("no_fatal_accident", "无亡人事故"),
)
#: Items the mediation log can contradict (cases sent to the police / to court).
LOG_ITEMS = ("no_case", "no_lawsuit")


@dataclass(frozen=True)
class SixNilItem:
    """One item of a year's check: what was declared, the log's evidence, the result."""

    code: str
    label: str
    declared: bool
    evidence: str
    note: str
    log_count: int = 0

    @property
    def met(self) -> bool:
        return self.declared and self.log_count == 0


@dataclass
class SixNilCheck(Record):
    """A year's self-check: per item ``{"met": bool, "evidence": str, "note": str}``."""

    year: int
    items: str = "{}"
    checked_on: str = ""
    checked_by: str = ""
    note: str = ""
    id: str = ""

    def item_values(self) -> dict[str, dict[str, Any]]:
        try:
            data = json.loads(self.items or "{}")
        except json.JSONDecodeError:
            return {}
        return (
            {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}
        )


def validate_six_nil(check: SixNilCheck) -> list[FieldError]:
    errors = []
    if not 2000 <= check.year <= 2100:
        errors.append(FieldError("year", msg("年度应在2000到2100之间", "Year: 2000–2100")))
    if err := date_error(check.checked_on, "自查日期", "date"):
        errors.append(FieldError("checked_on", err))
    if not clean(check.checked_by):
        errors.append(FieldError("checked_by", msg("请填写自查人", "Who checked?")))
    values = check.item_values()
    unknown = set(values) - {code for code, _ in SIX_NIL_ITEMS}
    if unknown:
        errors.append(FieldError("items", msg("自查项目不对", "Unknown item")))
    for code, label in SIX_NIL_ITEMS:
        entry = values.get(code, {})
        if code not in LOG_ITEMS and entry.get("met") and not clean(entry.get("evidence", "")):
            errors.append(
                FieldError(code, msg(f"“{label}”请写明依据", f"Give the evidence for {label}"))
            )
    return errors


@dataclass(frozen=True)
class SixNilResult:
    year: int
    items: tuple[SixNilItem, ...] = field(default=())
    checked: bool = False

    @property
    def met(self) -> bool:
        return self.checked and all(item.met for item in self.items)

    @property
    def met_count(self) -> int:
        return sum(item.met for item in self.items)


def evaluate_six_nil(
    check: SixNilCheck | None, year: int, log_counts: dict[str, int]
) -> SixNilResult:
    """The year's items: declared values, the log's counts for 无案/无讼, and each result.

    Without a check, nothing is declared met; the log's counts still show, so
    the clerk sees what the program already knows before filling it in.
    """
    values = check.item_values() if check else {}
    items = []
    for code, label in SIX_NIL_ITEMS:
        entry = values.get(code, {})
        count = log_counts.get(code, 0) if code in LOG_ITEMS else 0
        evidence = clean(entry.get("evidence", ""))
        if code in LOG_ITEMS:
            log_text = (
                msg(f"调解台账：本年{count}件", f"mediation log: {count} this year")
                if count
                else msg("调解台账：本年无", "mediation log: none this year")
            )
            evidence = f"{log_text}；{evidence}" if evidence else log_text
        items.append(
            SixNilItem(
                code=code,
                label=label,
                declared=bool(entry.get("met")),
                evidence=evidence,
                note=clean(entry.get("note", "")),
                log_count=count,
            )
        )
    return SixNilResult(year=year, items=tuple(items), checked=check is not None)
