"""The record mixin: a dataclass to a row dict and back."""

from dataclasses import dataclass, field

from sanzhi_desktop.domain.record import Record


@dataclass(frozen=True)
class Line(Record):
    item: str
    amount_fen: int


@dataclass(frozen=True)
class Sheet(Record):
    id: str
    title: str
    done: bool = False
    lines: list[Line] = field(default_factory=list)
    tags: tuple[str, ...] = ()


def test_to_record_converts_nested_records_and_copies_lists() -> None:
    lines = [Line("修路", 120_00)]
    sheet = Sheet("a", "财务", True, lines, ("x",))
    row = sheet.to_record()
    assert row == {
        "id": "a",
        "title": "财务",
        "done": True,
        "lines": [{"item": "修路", "amount_fen": 120_00}],
        "tags": ("x",),
    }
    row["lines"].append({"item": "新"})
    assert sheet.lines == [Line("修路", 120_00)]  # the row shares no list with the record


def test_from_record_ignores_columns_that_are_not_fields() -> None:
    row = {"id": "a", "title": "财务", "rev": 7, "owner": "610722100201", "done": False}
    assert Sheet.from_record(row) == Sheet("a", "财务")
    assert Line.from_record({"item": "修路", "amount_fen": 1, "deleted": 0}) == Line("修路", 1)
