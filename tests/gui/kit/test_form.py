"""The one form component: typed values, refusals beside fields, nothing jumps, buttons visible."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.kit.lines_editor import LineColumn, LinesEditor

FIELDS = [
    FieldSpec("name", "Name"),
    FieldSpec("note", "Note", FieldKind.LONG_TEXT),
    FieldSpec("on", "Date", FieldKind.DATE, "2026-11-28"),
    FieldSpec("kind", "Kind", FieldKind.CHOICE, "b", [("甲", "a"), ("乙", "b")]),
    FieldSpec("place", "Place", FieldKind.EDITABLE_CHOICE, "", ["村委会", "祠堂"]),
    FieldSpec("amount", "Amount", FieldKind.MONEY, 123_450),
    FieldSpec(
        "who", "Person", FieldKind.PERSON, "", [("张三（1组）", "p1"), ("李四（2组）", "p2")]
    ),
    FieldSpec("count", "Count", FieldKind.NUMBER, 3, maximum=10),
    FieldSpec(
        "lines",
        "Lines",
        FieldKind.LINES,
        columns=[LineColumn("item", "Item"), LineColumn("fen", "Amount", "money")],
    ),
]


def make(qtbot: QtBot, submit, fields=FIELDS) -> FormDialog:  # type: ignore[no-untyped-def]
    dialog = FormDialog("Test", fields, submit)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_values_come_out_typed(qtbot: QtBot) -> None:
    dialog = make(qtbot, lambda v: v)
    dialog.set_value("who", "李四（2组）")
    dialog.set_value("place", "打谷场")
    lines = dialog.widgets["lines"]
    assert isinstance(lines, LinesEditor)
    lines.add_line({"item": "水泥", "fen": 9_900})
    values = dialog.values()
    assert values["on"] == date(2026, 11, 28)
    assert values["kind"] == "b"
    assert values["amount"] == 123_450
    assert values["who"] == "p2"  # a roster choice gives its id
    assert values["place"] == "打谷场"  # an editable choice keeps typed text
    assert values["count"] == 3
    assert values["lines"] == [{"item": "水泥", "fen": 9_900}]


def test_a_refusal_sits_beside_its_field_without_moving_the_others(qtbot: QtBot) -> None:
    def refuse(_values: dict[str, object]) -> None:
        raise ValidationError([FieldError("name", "请填写姓名"), FieldError("other", "另有问题")])

    dialog = make(qtbot, refuse)
    below = {key: dialog.widgets[key].geometry() for key in ("note", "kind", "lines")}
    assert not dialog.try_accept()
    assert dialog.error_labels["name"].text() == "请填写姓名"
    assert dialog.form_error.text() == "另有问题"  # no such field: under the form
    assert {key: dialog.widgets[key].geometry() for key in below} == below
    dialog.set_value("name", "王")
    assert not dialog.error_labels["name"].isVisibleTo(dialog)
    assert dialog.isVisible()


def test_any_other_refusal_is_shown_under_the_form(qtbot: QtBot) -> None:
    def refuse(_values: dict[str, object]) -> None:
        raise RefusedError("已归档的记录不能修改")

    dialog = make(qtbot, refuse)
    assert not dialog.try_accept()
    assert dialog.form_error.text() == "已归档的记录不能修改"


def test_an_unreadable_amount_is_refused_before_the_service_is_called(qtbot: QtBot) -> None:
    calls: list[object] = []
    dialog = make(qtbot, calls.append)
    dialog.widgets["amount"].setText("十元")  # type: ignore[attr-defined]
    assert not dialog.try_accept()
    assert calls == []
    assert "金额" in dialog.error_labels["amount"].text()


def test_a_tall_form_scrolls_inside_and_keeps_its_buttons_visible(qtbot: QtBot) -> None:
    many = [FieldSpec(f"f{i}", f"Field {i}", FieldKind.LONG_TEXT) for i in range(30)]
    dialog = make(qtbot, lambda v: v, many)
    screen = dialog.screen().availableGeometry()
    assert dialog.height() <= screen.height()
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None and buttons.isVisible()
    assert buttons.geometry().bottom() <= dialog.height()
    assert dialog.scroll.verticalScrollBar().maximum() > 0


def test_a_new_line_is_current_and_scrolled_into_view(qtbot: QtBot) -> None:
    dialog = make(qtbot, lambda v: v)
    lines = dialog.widgets["lines"]
    assert isinstance(lines, LinesEditor)
    for _ in range(12):
        row = lines.add_line()
    assert lines.table.currentRow() == row == 11
    item = lines.table.item(row, 0)
    assert item is not None
    assert lines.table.viewport().rect().intersects(lines.table.visualItemRect(item))
