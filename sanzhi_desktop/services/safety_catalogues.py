"""What the town decides for 平安 and 信用, with the shipped defaults beside it.

- the "十有十没有" items of the safe-village self-check
  (``resources/safety/safe_village_items.json``, marked as a default);
- the credit criteria, grade lines and 信用村 thresholds
  (``resources/safety/credit_criteria.json``);
- the sweep rhythm (default every half month) and the days a finding of each
  risk may wait.

The rule is that of :mod:`services.moral_catalogues`: live town-owned rows
addressed to this village win, else those addressed to ``'*'``, else the
shipped default. Settings are ``safety_settings`` rows, one per key, whose
value is JSON. A village only reads them; a town office sets them with the
``set_town_*`` functions and its sync file carries them down.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sanzhi_desktop.domain.credit import DEFAULT_GRADES, DEFAULT_VILLAGE_THRESHOLDS, Criterion
from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.safe_village import DEFAULT_SOURCE, TOWN_SOURCE, CheckItem
from sanzhi_desktop.domain.screening import RISK_DEADLINE_DAYS, Rhythm
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage import safety as store

RHYTHM_KEY = "screening_rhythm"
RISK_DAYS_KEY = "risk_deadline_days"
GRADES_KEY = "credit_grades"
THRESHOLDS_KEY = "credit_village_thresholds"


def _resource(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("safety", name).read_text(encoding="utf-8"))
    return data


def _town_rows(session: Session, table: str) -> list[dict[str, Any]]:
    profile = session.require_profile()
    return store.town_rows(
        session.db, table, village_code=profile.code, town_code=profile.town_code
    )


@dataclass(frozen=True)
class SafeItems:
    items: list[CheckItem]
    source: str  # "default" or "town"

    @property
    def is_default(self) -> bool:
        return self.source == DEFAULT_SOURCE


def safe_village_items(session: Session) -> SafeItems:
    rows = _town_rows(session, "safe_village_items")
    if rows:
        return SafeItems(
            [CheckItem(int(r["position"]), str(r["title"])) for r in rows], TOWN_SOURCE
        )
    titles = _resource("safe_village_items.json")["items"]
    return SafeItems([CheckItem(n, str(t)) for n, t in enumerate(titles, start=1)], DEFAULT_SOURCE)


@dataclass(frozen=True)
class CreditRules:
    criteria: list[Criterion]
    grades: tuple[tuple[str, int], ...]
    thresholds: dict[str, int]
    source: str

    @property
    def grade_names(self) -> list[str]:
        return [g for g, _ in self.grades]


def credit_rules(session: Session) -> CreditRules:
    default = _resource("credit_criteria.json")
    rows = _town_rows(session, "credit_criteria")
    if rows:
        criteria = [
            Criterion(str(r["code"]), str(r["description"]), int(r["points"])) for r in rows
        ]
        source = TOWN_SOURCE
    else:
        criteria = [
            Criterion(str(c["code"]), str(c["description"]), int(c["points"]))
            for c in default["criteria"]
        ]
        source = DEFAULT_SOURCE
    settings = town_settings(session)
    grades_value = settings.get(GRADES_KEY) or default.get("grades") or DEFAULT_GRADES
    grades = tuple((str(g), int(n)) for g, n in grades_value)
    thresholds = settings.get(THRESHOLDS_KEY) or default.get("credit_village")
    return CreditRules(
        criteria=criteria,
        grades=grades,
        thresholds={str(k): int(v) for k, v in (thresholds or DEFAULT_VILLAGE_THRESHOLDS).items()},
        source=source,
    )


def town_settings(session: Session) -> dict[str, Any]:
    """The town's settings for this office, decoded (a value that is not JSON is ignored)."""
    profile = session.require_profile()
    found: dict[str, Any] = {}
    rows = store.settings_rows(session.db, village_code=profile.code, town_code=profile.town_code)
    for row in rows:
        try:
            found[str(row["key"])] = json.loads(str(row["value"]))
        except ValueError:
            continue
    return found


def screening_rhythm(session: Session) -> str:
    value = town_settings(session).get(RHYTHM_KEY)
    return str(value) if value in {r.value for r in Rhythm} else Rhythm.HALF_MONTH.value


def risk_deadline_days(session: Session) -> dict[str, int]:
    value = town_settings(session).get(RISK_DAYS_KEY)
    days = dict(RISK_DEADLINE_DAYS)
    if isinstance(value, dict):
        days.update({k: int(v) for k, v in value.items() if k in days and isinstance(v, int)})
    return days


# --- the town sets them --------------------------------------------------------------------


def _require_town(session: Session) -> None:
    if session.require_profile().kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有乡镇可以下发目录和设置，村里只能查看", "Only a town office sets these")
        )


def _replace(session: Session, table: str, rows: list[dict[str, Any]], addressee: str) -> None:
    profile = session.require_profile()
    for old in store.town_rows(session.db, table, village_code=addressee, town_code=profile.code):
        if old["addressee"] == addressee:
            records.delete_record(session.db, table, old["id"], author=session.author)
    for row in rows:
        records.insert_record(
            session.db, table, {**row, "addressee": addressee}, author=session.author
        )


def set_town_safe_items(session: Session, titles: list[str], *, addressee: str = "*") -> int:
    """The town replaces the "十有十没有" items it sends to ``addressee``."""
    _require_town(session)
    titles = [t.strip() for t in titles if t.strip()]
    if not titles:
        raise ValidationError([FieldError("items", msg("目录不能为空", "The list is empty"))])
    with session.db.atomic():
        _replace(
            session,
            "safe_village_items",
            [{"position": n, "title": t} for n, t in enumerate(titles, start=1)],
            addressee,
        )
    return len(titles)


def set_town_credit_criteria(
    session: Session, criteria: list[Criterion], *, addressee: str = "*"
) -> int:
    _require_town(session)
    if not criteria or any(c.points <= 0 or not c.code for c in criteria):
        raise ValidationError(
            [FieldError("criteria", msg("每条标准要有编号和正的分值", "Code and points > 0"))]
        )
    with session.db.atomic():
        _replace(
            session,
            "credit_criteria",
            [{"code": c.code, "description": c.description, "points": c.points} for c in criteria],
            addressee,
        )
    return len(criteria)


def set_town_setting(session: Session, key: str, value: Any, *, addressee: str = "*") -> None:
    """One of the settings (rhythm, risk days, grade lines, 信用村 thresholds)."""
    _require_town(session)
    if key not in {RHYTHM_KEY, RISK_DAYS_KEY, GRADES_KEY, THRESHOLDS_KEY}:
        raise ValueError(key)
    if key == RHYTHM_KEY and value not in {r.value for r in Rhythm}:
        raise ValidationError(
            [FieldError("rhythm", msg("排查周期只能是每半月或每月", "Bad rhythm"))]
        )
    profile = session.require_profile()
    with session.db.atomic():
        for old in store.town_rows(
            session.db, "safety_settings", village_code=addressee, town_code=profile.code
        ):
            if old["addressee"] == addressee and old["key"] == key:
                records.delete_record(
                    session.db, "safety_settings", old["id"], author=session.author
                )
        records.insert_record(
            session.db,
            "safety_settings",
            {"addressee": addressee, "key": key, "value": json.dumps(value, ensure_ascii=False)},
            author=session.author,
        )
