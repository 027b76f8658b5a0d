from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.office import OfficeProfile, validate_profile


def test_village_profile_derives_its_town_code() -> None:
    profile = OfficeProfile(OfficeKind.VILLAGE, " 610722100201 ", "小营村", "某镇").cleaned()
    assert profile.town_code == "610722100"
    assert profile.short_name == "小营"
    assert validate_profile(profile) == []


def test_profile_errors() -> None:
    profile = OfficeProfile(OfficeKind.VILLAGE, "12345", "", "", supervision_phone="abc").cleaned()
    assert {e.field for e in validate_profile(profile)} == {
        "code", "name", "town_name", "supervision_phone",
    }  # fmt: skip
