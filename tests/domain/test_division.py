import pytest

from sanzhi_desktop.domain.division import OfficeKind, division_code_error, town_code_of


def test_valid_codes() -> None:
    assert division_code_error("610722100201", OfficeKind.VILLAGE) is None
    assert division_code_error("610722100", OfficeKind.TOWN) is None
    assert division_code_error("６１０７２２１００２０１", OfficeKind.VILLAGE) is None


@pytest.mark.parametrize(
    ("code", "kind", "fragment"),
    [
        ("12345", OfficeKind.VILLAGE, "12位"),
        ("610722100", OfficeKind.VILLAGE, "12位"),
        ("610722100201", OfficeKind.TOWN, "9位"),
        ("61072210020A", OfficeKind.VILLAGE, "数字"),
        ("990722100201", OfficeKind.VILLAGE, "省级"),
        ("610722000201", OfficeKind.VILLAGE, "乡镇"),
        ("610722100000", OfficeKind.VILLAGE, "村"),
        ("", OfficeKind.VILLAGE, "请填写"),
    ],
)
def test_bad_codes_say_what_is_wrong(code: str, kind: OfficeKind, fragment: str) -> None:
    error = division_code_error(code, kind)
    assert error is not None and fragment in error


def test_town_code_is_the_first_nine_digits() -> None:
    assert town_code_of("610722100201") == "610722100"
