"""宪法入户, the three honour registers, the 法治阵地, the village's title and the 六无 check.

Each is a short register a clerk fills in over the year; the questions asked
of them (coverage by group, the sites against 300 m², the 六无 items against
the mediation log) are answered here for the village itself and, with
``owner``, for the town reading a village's synced rows.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.law_registers import (
    ConstitutionVisit,
    GroupCoverage,
    Honour,
    HonourKind,
    HonourStatus,
    Site,
    SitesSummary,
    SixNilCheck,
    SixNilResult,
    VillageTitle,
    coverage_by_group,
    evaluate_six_nil,
    summarise_sites,
    validate_honour,
    validate_site,
    validate_six_nil,
    validate_title,
    validate_visit,
)
from sanzhi_desktop.domain.text import clean, clean_code
from sanzhi_desktop.services import law
from sanzhi_desktop.services.moral_common import who
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import law as store
from sanzhi_desktop.storage import records

CONSTITUTION = "law_constitution"
HONOURS = "law_honours"
SITES = "law_sites"
TITLES = "law_titles"
SIX_NIL = "law_six_nil"
#: A mediation case handed to these bodies counts against 无案 (police) / 无讼 (court).
POLICE_WORDS = ("公安", "派出所", "检察")
COURT_WORDS = ("法院",)
COURT_ROUTE = "向人民法院起诉"


def _owner(session: Session, owner: str | None) -> str:
    return owner or session.author.owner


def _upsert(
    session: Session, table: str, record_id: str, values: dict[str, object]
) -> dict[str, object]:
    """Write a record with a natural id: insert it the first time, else correct it.

    A tombstoned one (deleted here or by the office's other PC) is refused
    rather than silently revived: the clerk is told, and the change log
    keeps the deletion.
    """
    state = store.record_state(session.db, table, record_id)
    if state is None:
        return records.insert_record(
            session.db, table, values, author=session.author, record_id=record_id
        )
    if state == "deleted":
        raise RefusedError(
            msg("这条记录已被删除，不能再修改。", "This record was deleted; it cannot be changed.")
        )
    return records.update_record(session.db, table, record_id, values, author=session.author)


# --- 宪法入户 ---------------------------------------------------------------------------


def record_visit(session: Session, visit: ConstitutionVisit) -> ConstitutionVisit:
    """Record (or correct) a household's 宪法入户 for a year: one record per household and year."""
    profile = session.require_village("宪法入户", "constitution visits")
    visit = replace(
        visit,
        household_id=clean_code(visit.household_id),
        reached_on=clean_code(visit.reached_on),
        reached_by=clean(visit.reached_by),
        note=clean(visit.note),
        reached=1 if visit.reached else 0,
    )
    errors = validate_visit(visit)
    if visit.household_id and not errors:
        who(session, visit.household_id)  # refuses a household that is not (or no longer) there
    if errors:
        raise ValidationError(errors)
    record_id = records.natural_id(CONSTITUTION, profile.code, visit.household_id, visit.year)
    values = visit.to_record()
    values.pop("id")
    with session.db.atomic():
        row = _upsert(session, CONSTITUTION, record_id, values)
    return ConstitutionVisit.from_record(row)


def list_visits(
    session: Session, year: int, *, owner: str | None = None
) -> list[dict[str, object]]:
    """The year's visits with 户号, head and group (for the page and the sheet)."""
    return store.list_visits(session.db, _owner(session, owner), year)


def coverage(session: Session, year: int, *, owner: str | None = None) -> list[GroupCoverage]:
    """Households reached ÷ live households, per 村民小组, for ``year``."""
    owner = _owner(session, owner)
    reached = {
        str(v["household_id"]) for v in store.list_visits(session.db, owner, year) if v["reached"]
    }
    households = [
        (str(h["id"]), int(h["group_no"])) for h in store.live_households(session.db, owner)
    ]
    return coverage_by_group(households, reached)


def household_visits(
    session: Session, year: int, *, owner: str | None = None
) -> list[dict[str, Any]]:
    """Every live household with its visit of ``year`` (reached 0 and blanks when none)."""
    owner = _owner(session, owner)
    visits = {str(v["household_id"]): v for v in store.list_visits(session.db, owner, year)}
    rows = []
    for household in store.live_households(session.db, owner):
        visit = visits.get(str(household["id"]), {})
        rows.append(
            {
                **household,
                "reached": int(visit.get("reached", 0) or 0),
                "reached_on": visit.get("reached_on", ""),
                "reached_by": visit.get("reached_by", ""),
                "note": visit.get("note", ""),
            }
        )
    return rows


def unreached_households(
    session: Session, year: int, *, owner: str | None = None
) -> list[dict[str, Any]]:
    owner = _owner(session, owner)
    reached = {
        str(v["household_id"]) for v in store.list_visits(session.db, owner, year) if v["reached"]
    }
    return [h for h in store.live_households(session.db, owner) if h["id"] not in reached]


# --- honours -----------------------------------------------------------------------------


def list_honours(
    session: Session,
    *,
    year: int | None = None,
    kind: str | None = None,
    owner: str | None = None,
) -> list[Honour]:
    rows = store.list_honours(session.db, _owner(session, owner), year=year, kind=kind)
    return [Honour.from_record(r) for r in rows]


def name_honour(session: Session, honour: Honour) -> Honour:
    """Put a person (or, for 示范户, a household) on a register; name and group from the roster."""
    session.require_village("法治名册", "registers")
    honour = honour.cleaned()
    errors: list[FieldError] = []
    if honour.household_id:
        is_household = honour.kind == HonourKind.MODEL_HOUSEHOLD.value
        try:
            named = who(session, honour.household_id, "" if is_household else honour.person_id)
        except ValidationError as err:
            errors += err.errors
        else:
            honour = replace(
                honour,
                name=named.head_name if is_household else named.name,
                group_no=named.group_no,
                person_id="" if is_household else honour.person_id,
            )
    errors += [e for e in validate_honour(honour) if e.field not in {x.field for x in errors}]
    if errors:
        raise ValidationError(errors)
    if any(
        h.household_id == honour.household_id
        and h.person_id == honour.person_id
        and h.status == HonourStatus.ACTIVE.value
        for h in list_honours(session, year=honour.year, kind=honour.kind)
    ):
        raise ValidationError(
            [
                FieldError(
                    "person_id",
                    msg(
                        f"{honour.name}已在{honour.year}年的{HonourKind(honour.kind).label}名册中",
                        f"{honour.name} is already on this register for {honour.year}",
                    ),
                )
            ]
        )
    values = replace(honour, status=HonourStatus.ACTIVE.value).to_record()
    values.pop("id")
    with session.db.atomic():
        row = records.insert_record(session.db, HONOURS, values, author=session.author)
    return Honour.from_record(row)


def revoke_honour(session: Session, honour_id: str, *, reason: str, on: str = "") -> Honour:
    """Strike someone off a register (the row stays, with the date and why)."""
    with session.db.atomic():
        current = Honour.from_record(records.get_record(session.db, HONOURS, honour_id))
        session.require_own_record(records.get_record(session.db, HONOURS, honour_id)["owner"])
        if current.status == HonourStatus.REVOKED.value:
            raise ValidationError([FieldError("status", msg("已经撤销过了", "Already revoked"))])
        if not clean(reason):
            raise ValidationError(
                [FieldError("revoke_reason", msg("请写明撤销原因", "Give the reason"))]
            )
        values = {
            "status": HonourStatus.REVOKED.value,
            "revoked_on": on or law.today().isoformat(),
            "revoke_reason": clean(reason),
        }
        row = records.update_record(session.db, HONOURS, honour_id, values, author=session.author)
    return Honour.from_record(row)


# --- sites and title ------------------------------------------------------------------


def list_sites(session: Session, *, owner: str | None = None) -> list[Site]:
    return [Site.from_record(r) for r in store.list_sites(session.db, _owner(session, owner))]


def save_site(session: Session, site: Site, *, services: list[str]) -> Site:
    """Add or correct a 法治阵地 and the service points it has."""
    session.require_village("法治阵地", "sites")
    site = replace(
        site,
        name=clean(site.name),
        built_on=clean_code(site.built_on),
        note=clean(site.note),
        services=json.dumps([clean(s) for s in services if clean(s)], ensure_ascii=False),
    )
    if errors := validate_site(site):
        raise ValidationError(errors)
    values = site.to_record()
    values.pop("id")
    with session.db.atomic():
        if site.id:
            session.require_own_record(records.get_record(session.db, SITES, site.id)["owner"])
            row = records.update_record(session.db, SITES, site.id, values, author=session.author)
        else:
            row = records.insert_record(session.db, SITES, values, author=session.author)
    return Site.from_record(row)


def sites_summary(session: Session, *, owner: str | None = None) -> SitesSummary:
    return summarise_sites(list_sites(session, owner=owner))


def list_titles(session: Session, *, owner: str | None = None) -> list[VillageTitle]:
    return [
        VillageTitle.from_record(r) for r in store.list_titles(session.db, _owner(session, owner))
    ]


def record_title(session: Session, title: VillageTitle) -> VillageTitle:
    """民主法治示范村: the level and year the village was named (one record per level)."""
    profile = session.require_village("民主法治示范村", "titles")
    title = replace(title, level=clean(title.level), note=clean(title.note))
    if errors := validate_title(title):
        raise ValidationError(errors)
    record_id = records.natural_id(TITLES, profile.code, title.level)
    values = title.to_record()
    values.pop("id")
    with session.db.atomic():
        row = _upsert(session, TITLES, record_id, values)
    return VillageTitle.from_record(row)


# --- 六无村 ------------------------------------------------------------------------------


def log_counts(session: Session, year: int, *, owner: str | None = None) -> dict[str, int]:
    """From the mediation log: cases sent to court (无讼) or to the police (无案) in ``year``.

    A case counts once per item however many such events it has: a referral
    (移交) to a court or the police, or a termination after which the parties
    were told of the court route (向人民法院起诉).
    """
    owner = _owner(session, owner)
    court: set[str] = set()
    police: set[str] = set()
    for row in store.mediation_events_of_year(session.db, owner, year, ("referred", "terminated")):
        try:
            data = json.loads(row["data"] or "{}")
        except json.JSONDecodeError:
            data = {}
        case_id = str(row["case_id"])
        if row["kind"] == "referred":
            to = str(data.get("to", ""))
            if any(word in to for word in COURT_WORDS):
                court.add(case_id)
            if any(word in to for word in POLICE_WORDS):
                police.add(case_id)
        elif COURT_ROUTE in (data.get("routes") or []):
            court.add(case_id)
    return {"no_lawsuit": len(court), "no_case": len(police)}


def get_six_nil_check(
    session: Session, year: int, *, owner: str | None = None
) -> SixNilCheck | None:
    for row in store.list_six_nil(session.db, _owner(session, owner)):
        if int(row["year"]) == year:
            return SixNilCheck.from_record(row)
    return None


def checked_years(session: Session, *, owner: str | None = None) -> list[int]:
    """Years that have a 六无 self-check, newest first."""
    return [int(row["year"]) for row in store.list_six_nil(session.db, _owner(session, owner))]


def six_nil(session: Session, year: int, *, owner: str | None = None) -> SixNilResult:
    """The year's 六无 items: declared, the mediation log's counts, and whether each is met."""
    check = get_six_nil_check(session, year, owner=owner)
    return evaluate_six_nil(check, year, log_counts(session, year, owner=owner))


def save_six_nil(session: Session, check: SixNilCheck) -> SixNilResult:
    """Save the year's self-check (one per year: saving again corrects it).

    An item the mediation log contradicts (a case sent to court → not 无讼)
    is refused when declared met: the clerk is told which cases to look at.
    """
    profile = session.require_village("六无村自查", "six-nil checks")
    check = replace(
        check, checked_on=clean_code(check.checked_on), checked_by=clean(check.checked_by)
    )
    errors = validate_six_nil(check)
    counts = log_counts(session, check.year)
    values_by_item = check.item_values()
    for code, label, went in (("no_case", "无案", "移交公安"), ("no_lawsuit", "无讼", "诉至法院")):
        if values_by_item.get(code, {}).get("met") and counts.get(code):
            errors.append(
                FieldError(
                    code,
                    msg(
                        f"调解台账显示{check.year}年有{counts[code]}件纠纷{went}，"
                        f"不能认定“{label}”",
                        f"The mediation log shows {counts[code]} case(s): not {label}",
                    ),
                )
            )
    if errors:
        raise ValidationError(errors)
    record_id = records.natural_id(SIX_NIL, profile.code, check.year)
    values = check.to_record()
    values.pop("id")
    with session.db.atomic():
        _upsert(session, SIX_NIL, record_id, values)
    return six_nil(session, check.year)


# --- to-dos ------------------------------------------------------------------------------


@todo_provider
def register_todos(session: Session) -> list[TodoItem]:
    """宪法入户 short of 100 % per group; this year's 六无 check not made; sites under 300 m²."""
    if session.profile is None or session.profile.kind is not OfficeKind.VILLAGE:
        return []
    if not law.keeps_ledger(session):
        return []
    today = law.today()
    year_end = date(today.year, 12, 31).isoformat()
    items = []
    for group in coverage(session, today.year):
        if group.met:
            continue
        items.append(
            TodoItem(
                text=msg(
                    f"宪法入户：{group.group_no}组还有{group.missing}户未入户宣传"
                    f"（{group.reached}/{group.households}户）",
                    f"Constitution visits: group {group.group_no} has {group.missing} to go",
                ),
                urgency=Urgency.WAITING,
                page="law",
                table=CONSTITUTION,
                due=year_end,
            )
        )
    if get_six_nil_check(session, today.year) is None:
        items.append(
            TodoItem(
                text=msg(
                    f"六无村：{today.year}年度自查尚未填写",
                    f"Six-nil check of {today.year} not made",
                ),
                urgency=Urgency.WAITING,
                page="law",
                table=SIX_NIL,
                due=year_end,
            )
        )
    summary = sites_summary(session)
    if not summary.area_met:
        items.append(
            TodoItem(
                text=msg(
                    f"法治阵地室外面积{summary.area_m2}平方米，未达到300平方米",
                    f"Rule-of-law sites: {summary.area_m2} m² of 300",
                ),
                urgency=Urgency.WAITING,
                page="law",
                table=SITES,
            )
        )
    return items
