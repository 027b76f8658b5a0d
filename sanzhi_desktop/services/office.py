"""Setting up the office once: village or town, its code and names."""

from __future__ import annotations

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.lang import msg
from sanzhi_desktop.domain.office import OfficeProfile, validate_profile
from sanzhi_desktop.services import keys
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import clock, office
from sanzhi_desktop.storage.records import Author, log_change, next_rev


def check_office_profile(
    *,
    kind: OfficeKind,
    code: str,
    name: str,
    town_name: str = "",
    supervision_phone: str = "",
    town_supervision_phone: str = "",
) -> OfficeProfile:
    """The cleaned profile, or :class:`ValidationError` naming every bad field.

    Separate from :func:`init_office` so that the CLI can refuse bad input
    before it creates a data file at all.
    """
    profile = OfficeProfile(
        kind=kind,
        code=code,
        name=name,
        town_name=town_name if kind is OfficeKind.VILLAGE else (town_name or name),
        supervision_phone=supervision_phone,
        town_supervision_phone=town_supervision_phone,
        created_at=clock.now_iso(),
    ).cleaned()
    if errors := validate_profile(profile):
        raise ValidationError(errors)
    return profile


def init_office(
    session: Session,
    *,
    kind: OfficeKind,
    code: str,
    name: str,
    town_name: str = "",
    supervision_phone: str = "",
    town_supervision_phone: str = "",
) -> OfficeProfile:
    """Write the office profile; refused if this data file already has one.

    The code becomes the owner of every record written from now on, so it is
    never changed in place: a wrong code means a new data file.
    """
    if session.profile is not None:
        existing = session.profile
        raise RefusedError(
            msg(
                f"这个数据文件已经设置为“{existing.name}”（{existing.code}），不能重新初始化。"
                "如需另建单位，请用 --db 指定新的数据文件。",
                f"This file already belongs to {existing.name} ({existing.code}); "
                "use --db for a new file.",
            )
        )
    profile = check_office_profile(
        kind=kind,
        code=code,
        name=name,
        town_name=town_name,
        supervision_phone=supervision_phone,
        town_supervision_phone=town_supervision_phone,
    )
    with session.db.atomic():
        office.write_profile(session.db, profile)
        log_change(
            session.db,
            "office",
            profile.code,
            "insert",
            None,
            profile.to_record(),
            rev=next_rev(session.db),
            author=Author(operator=session.operator, owner=profile.code),
        )
    session.reload_profile()
    # Each office creates its keys at setup (to receive and to sign sync files).
    keys.ensure_keys(session)
    return profile
