from datetime import date

import pytest

from sanzhi_desktop.domain import lang
from sanzhi_desktop.domain.idcard import (
    birth_date_of,
    check_char,
    id_number_error,
    mask_id_number,
    normalize_id_number,
    sex_of,
)
from tests.factories import valid_id_number


def test_check_char_of_the_standard_example() -> None:
    # The worked example of GB 11643-1999: 11010519491231002X.
    assert check_char("11010519491231002") == "X"
    assert id_number_error("11010519491231002X") is None


def test_lower_case_x_and_full_width_digits_are_accepted() -> None:
    assert normalize_id_number(" １１０１０５１９４９１２３１００２x ") == "11010519491231002X"
    assert id_number_error("11010519491231002x") is None


@pytest.mark.parametrize(
    ("number", "fragment"),
    [
        ("61072219800101001", "18位"),
        ("6107221980010100133", "18位"),
        ("61072219800A010013", "前17位"),
        ("61072219800101001Y", "最后一位"),
        ("99072219800101001" + check_char("99072219800101001"), "省份"),
        ("61072219800231001" + check_char("61072219800231001"), "不是有效日期"),
        ("61072230000101001" + check_char("61072230000101001"), "不合理"),
        ("610722198001010014", "校验位"),
    ],
)
def test_each_kind_of_mistake_has_its_own_message(number: str, fragment: str) -> None:
    error = id_number_error(number, today=date(2026, 11, 28))
    assert error is not None
    assert fragment in error


def test_every_single_digit_typo_is_caught() -> None:
    number = valid_id_number("19751120", seq="123")
    for position in range(17):
        for digit in "0123456789":
            if digit == number[position]:
                continue
            typo = number[:position] + digit + number[position + 1 :]
            if position in range(6, 14) and birth_date_of(typo) is None:
                continue  # caught as a bad date instead
            assert id_number_error(typo) is not None, typo


def test_birth_date_and_sex_are_derived() -> None:
    number = valid_id_number("19900215", male=False)
    assert birth_date_of(number) == date(1990, 2, 15)
    assert sex_of(number) == "女"
    assert sex_of(valid_id_number(male=True)) == "男"


def test_mask_keeps_first_and_last_four() -> None:
    assert mask_id_number("610722198001011234") == "6107**********1234"
    assert mask_id_number("123") == "***"


def test_messages_follow_the_language() -> None:
    lang.set_language("en")
    try:
        assert "18 characters" in (id_number_error("123") or "")
    finally:
        lang.set_language("zh_CN")
