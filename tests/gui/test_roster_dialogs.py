"""Household and person dialogs: inline errors from the domain, saving through the services."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from sanzhi_desktop.domain.roster import Household, Person
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.person_dialog import PersonDialog, normalise_date_text
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.roster import household_actions
from sanzhi_desktop.gui.parts.roster.page import RosterPage
from sanzhi_desktop.services import roster
from sanzhi_desktop.services.session import Session
from tests.factories import valid_id_number


@pytest.fixture
def ctx(session: Session) -> GuiContext:
    return GuiContext(session=session)


@pytest.fixture
def household(session: Session) -> Household:
    return roster.add_household(
        session, Household(household_no="0101", head_name="王大明", group_no=1)
    )


def error_text(dialog: Any, field: str) -> str:
    label = dialog.findChild(QLabel, f"error_{field}")
    assert label is not None, field
    return str(label.text()) if label.isVisibleTo(dialog) else ""


def bad_check_digit(number: str) -> str:
    last = "0" if number[-1] != "0" else "1"
    return number[:-1] + last


# --- household form (the kit's form, as the roster page opens it) --------------------------


def household_form(qtbot: Any, ctx: GuiContext, household: Household | None = None) -> FormDialog:
    page = RosterPage(ctx)
    qtbot.addWidget(page)
    tab = page.households_tab
    if household is None:
        dialog = household_actions.new_household(tab)
    else:
        edit = household_actions.edit_household(tab, household.id)
        assert edit is not None
        dialog = edit
    return dialog


def form_error(dialog: FormDialog, field: str) -> str:
    label = dialog.error_labels[field]
    return str(label.text())


def test_household_form_adds_and_announces(qtbot: Any, ctx: GuiContext, session: Session) -> None:
    dialog = household_form(qtbot, ctx)
    dialog.set_value("household_no", "0305")
    dialog.set_value("head_name", "李四")
    dialog.set_value("group_no", 3)
    dialog.set_value("address", "小营村3组")
    with qtbot.waitSignal(ctx.bus.tables_changed) as signal:
        assert dialog.try_accept()
    assert signal.args == [frozenset({"households"})]
    assert dialog.result() == FormDialog.DialogCode.Accepted
    rows = roster.list_households(session)
    assert [(r["household_no"], r["head_name"], r["group_no"]) for r in rows] == [
        ("0305", "李四", 3)
    ]
    person_dialog = dialog.parent().findChild(PersonDialog)  # on to the head's own record
    assert person_dialog is not None and person_dialog.name.text() == "李四"
    person_dialog.reject()


def test_household_form_shows_errors_inline_and_stays_open(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    dialog = household_form(qtbot, ctx)
    dialog.show()
    dialog.set_value("household_no", "0101")  # already used by 王大明
    assert not dialog.try_accept()
    assert "0101" in form_error(dialog, "household_no")
    assert "户主" in form_error(dialog, "head_name")  # empty head name
    assert dialog.isVisible()
    assert len(roster.list_households(session)) == 1

    # Typing in a field clears its message, not the others.
    dialog.set_value("household_no", "0102")
    assert form_error(dialog, "household_no") == ""
    assert form_error(dialog, "head_name") != ""


def test_household_form_edits(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    dialog = household_form(qtbot, ctx, household)
    assert dialog.fields["household_no"].value() == "0101"
    dialog.set_value("group_no", 4)
    assert dialog.try_accept()
    assert roster.get_household(session, household.id).group_no == 4


# --- person dialog ---------------------------------------------------------------------


def test_person_dialog_bad_id_number_shows_domain_message_and_saves_nothing(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    dialog = PersonDialog(ctx, household_id=household.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("王小明")
    dialog.id_number.setText(bad_check_digit(valid_id_number()))
    # Checked as typed, before OK:
    assert "校验位" in error_text(dialog, "id_number")
    dialog.save()
    assert "校验位" in error_text(dialog, "id_number")
    assert dialog.isVisible()
    assert roster.list_persons(session) == []


def test_person_dialog_fills_birth_date_and_sex_from_id_number(
    qtbot: Any, ctx: GuiContext, household: Household
) -> None:
    dialog = PersonDialog(ctx, household_id=household.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.id_number.setText(valid_id_number("19750315", seq="002", male=False))
    assert error_text(dialog, "id_number") == ""
    assert dialog.birth_date.text() == "1975-03-15"
    assert dialog.sex.currentText() == "女"
    assert dialog.id_info.isVisibleTo(dialog)
    assert "1975-03-15" in dialog.id_info.text()


def test_person_dialog_saves_valid_person(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    dialog = PersonDialog(ctx, household_id=household.id)
    qtbot.addWidget(dialog)
    # The first member of an empty household is proposed as its head.
    assert dialog.relation.currentText() == "户主"
    assert dialog.household.currentText() == "0101 王大明（1组）"
    dialog.name.setText("王大明")
    dialog.id_number.setText(valid_id_number("19800101", seq="011"))
    dialog.phone.setText("13812345678")
    dialog.ethnicity.setCurrentText("回族")
    with qtbot.waitSignal(ctx.bus.tables_changed) as signal:
        dialog.save()
    assert signal.args == [frozenset({"persons"})]
    assert dialog.person is not None and dialog.person.id
    stored = roster.get_person(session, dialog.person.id)
    assert (stored.name, stored.sex, stored.birth_date, stored.ethnicity, stored.relation) == (
        "王大明",
        "男",
        "1980-01-01",
        "回族",
        "户主",
    )


def test_person_dialog_errors_for_missing_fields_and_clearing(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.phone.setText("12345")
    dialog.save()
    assert "姓名" in error_text(dialog, "name")
    assert "性别" in error_text(dialog, "sex")
    assert "户" in error_text(dialog, "household_id")
    assert "电话" in error_text(dialog, "phone")
    assert roster.list_persons(session) == []
    dialog.name.textEdited.emit("王")
    assert error_text(dialog, "name") == ""
    assert error_text(dialog, "phone") != ""


def test_person_dialog_picks_household_by_typed_label(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    other = roster.add_household(
        session, Household(household_no="0202", head_name="张三", group_no=2)
    )
    dialog = PersonDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.household.setEditText("0202 张三（2组）")
    assert dialog.value().household_id == other.id
    dialog.household.setEditText("no such household")
    assert dialog.value().household_id == ""


def test_person_dialog_edits_existing(
    qtbot: Any, ctx: GuiContext, session: Session, household: Household
) -> None:
    person = roster.add_person(
        session,
        Person(name="王大明", sex="男", household_id=household.id, relation="户主"),
    )
    dialog = PersonDialog(ctx, person)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "王大明"
    assert dialog.relation.currentText() == "户主"
    dialog.birth_date.setText("1980/1/2")
    dialog.save()
    assert roster.get_person(session, person.id).birth_date == "1980-01-02"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1980-01-01", "1980-01-01"),
        ("1980/1/2", "1980-01-02"),
        ("1980.12.3", "1980-12-03"),
        ("19801203", "1980-12-03"),
        ("1980年1月5日", "1980-01-05"),
        ("yesterday", "yesterday"),
    ],
)
def test_normalise_date_text(typed: str, expected: str) -> None:
    assert normalise_date_text(typed) == expected
