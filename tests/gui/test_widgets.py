"""Shared widgets: values the clerk can select, set without naming Qt's flags."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui import widgets


def test_the_selectable_value_is_qts_flag() -> None:
    assert Qt.TextInteractionFlag.TextSelectableByMouse.value == widgets.TEXT_SELECTABLE_BY_MOUSE


def test_values_and_field_errors_can_be_selected_with_the_mouse(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    value = widgets.value_label(parent, "code")
    error = widgets.FieldErrorLabel(parent)
    for label in (value, error):
        assert label.textInteractionFlags() == Qt.TextInteractionFlag.TextSelectableByMouse
