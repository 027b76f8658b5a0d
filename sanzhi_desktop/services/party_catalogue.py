"""What a township may replace in the 党建 part: the points rules, the rhythm, the targets.

The shipped defaults live in ``resources/party/*.json``. A town replaces them
by writing town-owned rows with ``addressee`` ``'*'`` (all its villages) or one
village code, which travel down in its sync files; rows addressed to a
village win over rows addressed to all, which win over the default (the rule
of :mod:`services.moral_catalogues`). Settings are replaced one name at a
time, so a town that only changes the collective-economy threshold keeps the
default rhythm and targets.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.party_meetings import MeetingKind, Rhythm
from sanzhi_desktop.domain.party_points import PartyPointsRule
from sanzhi_desktop.domain.party_targets import Targets
from sanzhi_desktop.resource_files import resource_path
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import party as store
from sanzhi_desktop.storage import records

DEFAULT = "default"
TOWN = "town"


@dataclass(frozen=True)
class PartyRules:
    rules: list[PartyPointsRule]
    source: str

    def find(self, code: str) -> PartyPointsRule | None:
        return next((r for r in self.rules if r.code == code), None)


@dataclass(frozen=True)
class PartySettings:
    rhythm: dict[str, str]
    targets: Targets
    source: str


def _default(file_name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource_path("party", file_name).read_text(encoding="utf-8"))
    return data


def _town_rows(session: Session, table: str, village: str | None = None) -> list[dict[str, Any]]:
    """The town's rows for this village (in a town: for ``village``, default all)."""
    profile = session.require_profile()
    if profile.kind is OfficeKind.VILLAGE:
        village = profile.code
    return store.town_catalogue_rows(
        session.db, table, village_code=village or "*", town_code=profile.town_code
    )


def points_rules(session: Session) -> PartyRules:
    rows = _town_rows(session, "party_points_rules")
    source = TOWN if rows else DEFAULT
    rows = rows or _default("points_rules.json")["rules"]
    return PartyRules(
        rules=[
            PartyPointsRule(
                code=str(r["code"]),
                category=str(r["category"]),
                points=int(r["points"]),
                description=str(r["description"]),
            )
            for r in rows
        ],
        source=source,
    )


def settings(session: Session, *, village: str | None = None) -> PartySettings:
    """The rhythm and targets in force (in a town office: those it sends ``village``)."""
    values = dict(_default("settings.json")["settings"])
    rows = _town_rows(session, "party_settings", village)
    town = {str(r["name"]): json.loads(r["value"]) for r in rows}
    values.update({k: v for k, v in town.items() if k in values})
    target_names = {f.name for f in fields(Targets)}
    return PartySettings(
        rhythm={str(k): str(v) for k, v in dict(values["rhythm"]).items()},
        targets=Targets(**{k: int(v) for k, v in values.items() if k in target_names}),
        source=TOWN if town else DEFAULT,
    )


def _require_town(session: Session) -> str:
    profile = session.require_profile()
    if profile.kind is not OfficeKind.TOWN:
        raise RefusedError(
            msg("只有乡镇可以下发党建目录和设置，村里只能查看", "Only a town office sets these")
        )
    return profile.code


def _replace_rows(
    session: Session, table: str, rows: list[dict[str, Any]], *, addressee: str, key: str
) -> None:
    town = _require_town(session)
    names = {str(r[key]) for r in rows}
    for old in store.town_catalogue_rows(session.db, table, village_code=addressee, town_code=town):
        if old["addressee"] == addressee and (table == "party_points_rules" or old[key] in names):
            records.delete_record(session.db, table, old["id"], author=session.author)
    for row in rows:
        records.insert_record(
            session.db, table, {**row, "addressee": addressee}, author=session.author
        )


def set_town_points_rules(
    session: Session, rules: list[PartyPointsRule], *, addressee: str = "*"
) -> int:
    """A town replaces the whole points catalogue it sends to ``addressee``."""
    errors = [
        FieldError("rules", msg(f"规则{r.code or '（无编号）'}不完整或分值为0", "Bad rule"))
        for r in rules
        if not (r.code and r.category and r.description and r.points)
    ]
    if errors or not rules:
        raise ValidationError(errors or [FieldError("rules", msg("规则不能为空", "No rules"))])
    rows = [
        {"code": r.code, "category": r.category, "points": r.points, "description": r.description}
        for r in rules
    ]
    with session.db.atomic():
        _replace_rows(session, "party_points_rules", rows, addressee=addressee, key="code")
    return len(rows)


def set_town_settings(session: Session, values: dict[str, Any], *, addressee: str = "*") -> int:
    """A town replaces some settings (``rhythm`` or a target) for ``addressee``."""
    known = set(_default("settings.json")["settings"])
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValidationError(
            [FieldError("name", msg(f"没有这项设置：{'、'.join(unknown)}", "Unknown setting"))]
        )
    rhythm = values.get("rhythm", {})
    kinds = {k.value for k in MeetingKind}
    if any(k not in kinds or v not in {r.value for r in Rhythm} for k, v in rhythm.items()):
        raise ValidationError(
            [FieldError("rhythm", msg("会议频次应为每月或每季度", "Rhythm: month or quarter"))]
        )
    if any(not isinstance(v, int) or v < 0 for k, v in values.items() if k != "rhythm"):
        raise ValidationError(
            [FieldError("value", msg("目标数应为不小于0的整数", "Targets are whole numbers"))]
        )
    rows = [
        {"name": name, "value": json.dumps(value, ensure_ascii=False)}
        for name, value in values.items()
    ]
    with session.db.atomic():
        _replace_rows(session, "party_settings", rows, addressee=addressee, key="name")
    return len(rows)
