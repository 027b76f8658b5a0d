"""示范岗, 书记培训, 雏雁 and 致富带头人, 集体经济 — and the year's check against the plan.

Each record is kept by a one-verb function; :func:`year_status` gathers the
year's figures (the same for the village's page, its to-do list and the
town's table) and :func:`domain.party_targets.check_targets` says what falls
short. The collective operating income is read from the year's quarterly
finance disclosures (their 经营收入 and 发包及上交收入 lines), never typed
twice.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, NotFoundError, RefusedError, ValidationError
from sanzhi_desktop.domain.finance import FinanceLine
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.party_targets import (
    Cadre,
    CadreKind,
    ModelPost,
    TargetCheck,
    Training,
    YearFigures,
    check_targets,
    operating_income_fen,
    validate_cadre,
    validate_post,
    validate_training,
)
from sanzhi_desktop.services.party import PAGE, get_member, list_members, today_iso
from sanzhi_desktop.services.party_catalogue import settings
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import TodoItem, Urgency, todo_provider
from sanzhi_desktop.storage import clock, records
from sanzhi_desktop.storage import party as store

POSTS = "party_posts"
TRAINING = "party_training"
CADRES = "party_cadres"


def _insert(session: Session, table: str, values: dict[str, object]) -> dict[str, object]:
    values = {k: v for k, v in values.items() if k not in ("id", "owner")}
    with session.db.atomic():
        return records.insert_record(session.db, table, values, author=session.author)


def add_post(session: Session, post: ModelPost) -> ModelPost:
    """A 党员示范岗 held by a member."""
    session.require_village("党员示范岗", "model posts")
    post = post.cleaned()
    errors = validate_post(post)
    if post.member_id:
        try:
            member = get_member(session, post.member_id)
            post = replace(post, name=member.name)
            if post.set_date and not member.member_on(post.set_date):
                errors.append(
                    FieldError("member_id", msg("设岗时该同志不是本支部党员", "Not a member then"))
                )
        except NotFoundError:
            errors.append(FieldError("member_id", msg("所选的党员不存在", "Member not found")))
    if errors:
        raise ValidationError(errors)
    return ModelPost.from_record(_insert(session, POSTS, post.to_record()))


def end_post(session: Session, post_id: str, *, ended_date: str) -> ModelPost:
    post = ModelPost.from_record(records.get_record(session.db, POSTS, post_id))
    if post.ended_date:
        raise RefusedError(msg("这个示范岗已经撤销", "This post has already ended"))
    changed = replace(post, ended_date=ended_date)
    errors = validate_post(changed)
    if errors:
        raise ValidationError(errors)
    with session.db.atomic():
        row = records.update_record(
            session.db, POSTS, post_id, {"ended_date": ended_date}, author=session.author
        )
    return ModelPost.from_record(row)


def list_posts(
    session: Session, *, on: str | None = None, owner: str | None = None
) -> list[ModelPost]:
    """Posts in force on ``on`` (default today); ``on=""``: every post ever set."""
    rows = store.rows_by_owner(
        session.db, POSTS, owner=owner or session.author.owner, order="set_date, rev"
    )
    posts = [ModelPost.from_record(r) for r in rows]
    day = today_iso() if on is None else on
    return [p for p in posts if not day or p.in_force_on(day)]


def add_training(session: Session, item: Training) -> Training:
    """A training the secretary attended (its days count towards the year's four)."""
    session.require_village("书记培训", "training")
    item = item.cleaned()
    errors = validate_training(item)
    if errors:
        raise ValidationError(errors)
    return Training.from_record(_insert(session, TRAINING, item.to_record()))


def list_training(
    session: Session, *, year: int | None = None, owner: str | None = None
) -> list[Training]:
    rows = store.rows_by_owner(
        session.db, TRAINING, owner=owner or session.author.owner, year_column="start_date",
        year=year, order="start_date, rev",
    )  # fmt: skip
    return [Training.from_record(r) for r in rows]


def add_cadre(session: Session, cadre: Cadre) -> Cadre:
    """A 雏雁 reserve cadre or a 致富带头人 chosen in a year (a person of the roster)."""
    session.require_village("雏雁与致富带头人", "reserve cadres")
    cadre = cadre.cleaned()
    errors = validate_cadre(cadre)
    if cadre.person_id:
        try:
            person = records.get_record(session.db, "persons", cadre.person_id)
            household = records.get_record(session.db, "households", str(person["household_id"]))
            cadre = replace(cadre, name=str(person["name"]), group_no=int(household["group_no"]))
        except NotFoundError:
            errors.append(FieldError("person_id", msg("所选的村民不存在", "Person not found")))
    if not errors and any(
        c.person_id == cadre.person_id and c.kind == cadre.kind
        for c in list_cadres(session, year=cadre.year)
    ):
        errors.append(
            FieldError(
                "person_id",
                msg(f"{cadre.name}已是{cadre.year}年的{CadreKind(cadre.kind).label}", "Already on"),
            )
        )
    if errors:
        raise ValidationError(errors)
    return Cadre.from_record(_insert(session, CADRES, cadre.to_record()))


def list_cadres(
    session: Session, *, year: int | None = None, kind: str | None = None,
    owner: str | None = None,
) -> list[Cadre]:  # fmt: skip
    rows = store.rows_by_owner(
        session.db, CADRES, owner=owner or session.author.owner, year_column="year", year=year,
        order="chosen_date, rev",
    )  # fmt: skip
    return [c for c in (Cadre.from_record(r) for r in rows) if kind is None or c.kind == kind]


def collective_income(session: Session, year: int, *, owner: str | None = None) -> tuple[int, int]:
    """(operating income in fen, quarters disclosed) from the year's finance disclosures."""
    rows = store.finance_lines(session.db, owner=owner or session.author.owner, year=year)
    lines = [FinanceLine(**line) for row in rows for line in json.loads(row["lines"] or "[]")]
    income = operating_income_fen((x.kind, x.item, x.amount_fen) for x in lines)
    return income, len(rows)


def year_figures(session: Session, year: int, *, owner: str | None = None) -> YearFigures:
    owner = owner or session.author.owner
    day = min(f"{year}-12-31", today_iso())
    income, quarters = collective_income(session, year, owner=owner)
    return YearFigures(
        year=year,
        posts=len(list_posts(session, on=day, owner=owner)),
        training_days=sum(t.days for t in list_training(session, year=year, owner=owner)),
        reserve_cadres=len(list_cadres(session, year=year, kind=CadreKind.RESERVE, owner=owner)),
        wealth_leaders=len(list_cadres(session, year=year, kind=CadreKind.WEALTH, owner=owner)),
        income_fen=income,
        quarters_disclosed=quarters,
    )


def year_status(session: Session, year: int, *, owner: str | None = None) -> TargetCheck:
    """The year's figures checked against the town's targets."""
    targets = settings(session, village=owner).targets
    return check_targets(year_figures(session, year, owner=owner), targets)


@todo_provider
def party_target_todos(session: Session) -> list[TodoItem]:
    """From October, what this year still lacks of the plan's targets (not the income: it is
    a status, not a task the clerk can do) — once the village keeps its members here."""
    profile = session.profile
    if profile is None or profile.kind is not OfficeKind.VILLAGE:
        return []
    today = clock.today()
    if today.month < 10 or not list_members(session):
        return []  # a village that keeps no party records here is not reminded of them
    check = year_status(session, today.year)
    return [
        TodoItem(
            text=short.text,
            urgency=Urgency.DUE_SOON,
            page=PAGE,
            table={"posts": POSTS, "training": TRAINING}.get(short.key, CADRES),
            due=f"{today.year}-12-31",
        )
        for short in check.shortfalls
        if short.key != "collective"
    ]


def require_year(value: object) -> int:
    """A year typed by a clerk (CLI), refused plainly when it is not one."""
    try:
        year = int(str(value))
    except ValueError:
        year = 0
    if not 2000 <= year <= 2100:
        raise ValidationError([FieldError("year", msg("年份应在2000到2100之间", "Year 2000–2100"))])
    return year
