import pytest

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import NotInitialisedError, Session


def test_init_village(empty_session: Session) -> None:
    profile = init_office(
        empty_session, kind=OfficeKind.VILLAGE, code="610722100201", name="小营村", town_name="某镇"
    )
    assert profile.town_code == "610722100"
    assert empty_session.profile == profile
    assert empty_session.author.owner == "610722100201"


def test_init_town_uses_its_own_name_as_town_name(empty_session: Session) -> None:
    profile = init_office(empty_session, kind=OfficeKind.TOWN, code="610722100", name="某镇")
    assert (profile.town_name, profile.town_code) == ("某镇", "610722100")


def test_bad_code_creates_no_profile(empty_session: Session) -> None:
    with pytest.raises(ValidationError) as info:
        init_office(
            empty_session, kind=OfficeKind.VILLAGE, code="12345", name="测试村", town_name="某镇"
        )
    assert info.value.for_field("code")
    empty_session.reload_profile()
    assert empty_session.profile is None


def test_reinitialising_is_refused(session: Session) -> None:
    with pytest.raises(RefusedError) as info:
        init_office(
            session, kind=OfficeKind.VILLAGE, code="610722100202", name="别村", town_name="某镇"
        )
    assert "不能重新初始化" in str(info.value)
    assert session.profile is not None and session.profile.code == "610722100201"


def test_writing_before_setup_is_refused(empty_session: Session) -> None:
    with pytest.raises(NotInitialisedError):
        _ = empty_session.author


def test_setup_creates_the_office_keys(session: Session) -> None:
    from sanzhi_desktop.services import keys

    paths = keys.key_paths(session)
    assert paths.age_identity.exists() and paths.minisign_secret.exists()
    assert paths.age_identity.parent == session.path.parent / "keys"
