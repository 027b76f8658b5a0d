"""Record columns: values as clerks read them, and the sort they expect."""

from enum import StrEnum

from pytestqt.qtbot import QtBot

from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.format import format_money, parse_money
from sanzhi_desktop.gui.kit.table_model import KitSortProxy, KitTableModel, SortRole


class State(StrEnum):
    OPEN = "mediation_started"

    @property
    def label(self) -> str:
        return "调解中"


COLUMNS = [
    Column("name", "姓名", lambda r: r["name"], ColumnKind.NAME),
    Column("on", "日期", lambda r: r["on"], ColumnKind.DATE),
    Column("fen", "金额", lambda r: r["fen"], ColumnKind.MONEY),
    Column("state", "状态", lambda r: r["state"], labels=State),
    Column("kind", "类别", lambda r: r["kind"], labels={"income": "收入"}),
]


def test_values_are_formatted_never_raw() -> None:
    record = {
        "name": "曾强",
        "on": "2026-11-28",
        "fen": 123450,
        "state": "mediation_started",
        "kind": "income",
    }
    shown = [c.display(record) for c in COLUMNS]
    assert shown == ["曾强", "2026年11月28日", "¥1,234.50", "调解中", "收入"]


def test_money_round_trips_and_refuses_words() -> None:
    assert format_money(-5) == "-¥0.05"
    assert parse_money("¥1,234.5") == 123450
    assert parse_money("") == 0
    assert parse_money("一千") is None


def test_names_sort_by_pinyin_with_surname_readings_and_money_as_numbers(qtbot: QtBot) -> None:
    rows = [
        {"id": str(i), "name": n, "on": "", "fen": f, "state": "", "kind": ""}
        for i, (n, f) in enumerate([("张伟", 900), ("曾强", 10_000), ("安平", 2_000), ("单丽", 5)])
    ]
    model = KitTableModel(COLUMNS)
    model.set_records(rows)
    proxy = KitSortProxy()
    proxy.setSourceModel(model)
    proxy.sort(0)
    assert [proxy.index(r, 0).data() for r in range(4)] == ["安平", "单丽", "曾强", "张伟"]
    proxy.sort(2)
    assert [proxy.index(r, 2).data(SortRole) for r in range(4)] == [5, 900, 2_000, 10_000]
    proxy.set_search("曾")
    assert proxy.rowCount() == 1
