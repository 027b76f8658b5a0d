"""法治名册 tab: a person named from the roster, a household needs a household, revoking."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.law_registers import Honour
from sanzhi_desktop.services import law_registers
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import PINYIN_ORDER, action, households, law_page, open_dialog
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    sort_by,
)


def test_empty_state_then_a_person_named_from_the_roster(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = households(session)
    page, tab = law_page(qtbot, session, monkeypatch, "honours_tab")
    assert_empty_state(tab, "No one on the registers yet.")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("person_id", people[1].id)
    dialog.set_value("basis", "考核合格")
    assert dialog.try_accept()
    assert column_texts(tab, "name") == ["张伟"] and column_texts(tab, "group") == ["2组"]


def test_a_model_household_without_a_household_is_refused_beside_the_field(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    households(session)
    page, tab = law_page(qtbot, session, monkeypatch, "honours_tab")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("kind", "model_household")
    dialog.set_value("basis", "家风好")
    assert not dialog.try_accept()
    assert dialog.error_labels["household_id"].text() == "请选择所在户"
    assert law_registers.list_honours(session) == []


def test_names_sort_in_pinyin_order_and_revoking_keeps_the_row(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = [
        law_registers.name_honour(
            session,
            Honour(
                kind="law_leader",
                household_id=p.household_id,
                person_id=p.id,
                year=2026,
                basis="带头学法",
            ),
        )
        for p in households(session)
    ]
    page, tab = law_page(qtbot, session, monkeypatch, "honours_tab")
    assert sort_by(tab, "name") == PINYIN_ORDER
    tab.select(made[0].id)
    action(tab, "revokeHonour").click()
    dialog = open_dialog(tab)
    assert not dialog.try_accept()
    assert dialog.error_labels["revoke_reason"].text() == "请写明撤销原因"
    dialog.set_value("revoke_reason", "迁出本村")
    assert dialog.try_accept()
    assert tab.model.rowCount() == 4
    assert not action(tab, "revokeHonour").isEnabled()
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
