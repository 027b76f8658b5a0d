"""Roster import from and export to .xlsx (services.roster_xlsx)."""

from __future__ import annotations

import os
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import FieldError, RefusedError, ValidationError
from sanzhi_desktop.domain.roster import Household, Person, RosterFilter
from sanzhi_desktop.services import changelog, roster, roster_xlsx
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.progress import Cancelled
from sanzhi_desktop.services.roster_xlsx import (
    NUMERIC_ID_MESSAGE,
    CellError,
    apply_roster_import,
    export_roster_xlsx,
    parse_date_cell,
    parse_group_no,
    read_roster_xlsx,
    write_roster_template,
)
from sanzhi_desktop.services.session import Session, open_session
from tests.factories import valid_id_number
from tests.xlsx_factory import HEADERS, roster_row, write_xlsx

ID_HEAD = valid_id_number("19800101", seq="001")
ID_WIFE = valid_id_number("19820506", seq="002", male=False)
ID_SON = valid_id_number("20080910", seq="003")
ID_WANG = valid_id_number("19700202", seq="005")


def good_rows() -> list[list[object]]:
    """Two households, four persons, in the assorted forms clerks type."""
    return [
        HEADERS,
        roster_row("001", "张建国", "3组", "张建国", id_number=ID_HEAD, phone=13800000001),
        roster_row(
            "001",
            "张建国",
            3,
            "李秀英",
            sex="女",
            birth_date=datetime(1982, 5, 6),
            id_number=ID_WIFE,
            relation="配偶",
        ),
        [None] * len(HEADERS),
        roster_row(
            "001",
            "张建国",
            "第三组",
            "张小明",
            address="",
            ethnicity="",
            birth_date="2008.09.10",
            id_number=ID_SON,
            relation="儿子",
        ),
        roster_row(
            "002",
            "王大山",
            "５",
            "王大山",
            address="5组1号",
            sex="男",
            ethnicity="回族",
            birth_date="19700202",
            id_number=ID_WANG,
            phone="0916-1234567",
        ),
    ]


def persons_by_name(session: Session) -> dict[str, dict[str, object]]:
    return {str(row["name"]): row for row in roster.list_persons(session)}


def make_household(session: Session, no: str, head: str, group: int) -> Household:
    return roster.add_household(session, Household(household_no=no, head_name=head, group_no=group))


def counts(session: Session) -> tuple[int, int, int]:
    db = session.db
    return (
        db.execute("SELECT count(*) FROM households").fetchone()[0],
        db.execute("SELECT count(*) FROM persons").fetchone()[0],
        db.execute("SELECT count(*) FROM changes").fetchone()[0],
    )


# --- a good file ------------------------------------------------------------------


def test_good_file_imports_households_persons_and_logs_operator(
    session: Session, tmp_path: Path
) -> None:
    # Given a sheet with two households and four persons in mixed formats
    path = write_xlsx(tmp_path / "花名册.xlsx", good_rows())

    # When it is read and applied
    preview = read_roster_xlsx(session, path)
    assert preview.ok, preview.errors
    assert [h.household_no for h in preview.households] == ["001", "002"]
    assert len(preview.persons) == 4
    assert preview.existing_households == 0
    assert [row for row, _, _ in preview.persons] == [2, 3, 5, 6]  # the empty row 4 skipped
    result = apply_roster_import(session, preview)

    # Then everything is in the roster, with fields completed and normalised
    assert result == roster_xlsx.RosterImportResult(households_added=2, persons_added=4)
    people = persons_by_name(session)
    assert set(people) == {"张建国", "李秀英", "张小明", "王大山"}
    head = people["张建国"]
    assert (head["sex"], head["birth_date"], head["relation"]) == ("男", "1980-01-01", "户主")
    assert (head["household_no"], head["group_no"], head["phone"]) == ("001", 3, "13800000001")
    wife = people["李秀英"]
    assert (wife["birth_date"], wife["relation"], wife["id_number"]) == (
        "1982-05-06",
        "配偶",
        ID_WIFE,
    )
    son = people["张小明"]
    assert (son["birth_date"], son["relation"], son["ethnicity"]) == ("2008-09-10", "子", "汉族")
    assert son["address"] == "3组12号"
    wang = people["王大山"]
    assert (wang["group_no"], wang["ethnicity"], wang["relation"]) == (5, "回族", "户主")
    assert wang["phone"] == "0916-1234567"
    logged = changelog.list_changes(session, table="persons")
    assert len(logged) == 4
    assert {row.operator for row in logged} == {"测试员"}


def test_headers_found_in_any_order_below_a_title_row(session: Session, tmp_path: Path) -> None:
    # Given a title row, full-width/spaced headers, another order and an extra column
    path = write_xlsx(
        tmp_path / "x.xlsx",
        [
            ["小营村村民花名册"],
            ["序号", " 姓名 ", "户号", "村民小组", "户主", "身份证号码", "工作单位"],
            [1, "张建国", "１２", "３组", "张建国", ID_HEAD, "村委会"],
            [2],  # only a 序号: an empty row for us
        ],
    )

    preview = read_roster_xlsx(session, path)

    assert preview.ok, preview.errors
    assert len(preview.persons) == 1
    row, person, household_no = preview.persons[0]
    assert (row, person.name, household_no, person.sex) == (3, "张建国", "12", "男")
    assert preview.households[0].group_no == 3


def test_rows_join_a_household_already_in_the_roster(session: Session, tmp_path: Path) -> None:
    # Given household 001 in the roster
    existing = make_household(session, "001", "张建国", 3)
    path = write_xlsx(
        tmp_path / "x.xlsx",
        [HEADERS, roster_row("001", "张建国", 3, "李秀英", sex="女", id_number=ID_WIFE)],
    )

    preview = read_roster_xlsx(session, path)
    assert preview.ok, preview.errors
    assert (preview.households, preview.existing_households) == ([], 1)
    apply_roster_import(session, preview)

    assert persons_by_name(session)["李秀英"]["household_id"] == existing.id


# --- bad cells --------------------------------------------------------------------


def test_each_bad_cell_gives_one_error_and_nothing_is_imported(
    session: Session, tmp_path: Path
) -> None:
    # Given a sheet without the 户主 column and one problem per data row
    header = ["户号", "村民小组", "住址", "姓名", "性别", "出生日期", "身份证号"]
    id_a = valid_id_number("19800101", seq="011")
    bad_check = ID_HEAD[:-1] + ("0" if ID_HEAD[-1] != "0" else "1")
    numeric = float(valid_id_number("19750303", seq="021"))
    rows: list[list[object]] = [
        header,
        ["001", 3, "3组12号", "张建国", "男", "", id_a],  # 2: fine
        ["001", 4, "3组12号", "李秀英", "女", "", ""],  # 3: group differs from row 2
        ["002", 3, "", "王五", "男", "", bad_check],  # 4: check digit
        ["003", 3, "", "赵六", "男", "1980-13-45", ""],  # 5: not a date
        ["004", 3, "", "钱七", "未知", "", ""],  # 6: unknown sex
        ["005", 3, "", "孙八", "男", "", numeric],  # 7: ID stored as a number
        ["006", 3, "", "周九", "男", "", id_a],  # 8: same ID as row 2
    ]
    path = write_xlsx(tmp_path / "bad.xlsx", rows)
    before = counts(session)

    preview = read_roster_xlsx(session, path)

    assert not preview.ok
    assert [(e.row, e.column) for e in preview.errors] == [
        (1, "户主"),
        (3, "村民小组"),
        (4, "身份证号"),
        (5, "出生日期"),
        (6, "性别"),
        (7, "身份证号"),
        (8, "身份证号"),
    ]
    by_row = {e.row: e for e in preview.errors}
    assert by_row[1].reason == "缺少这一列"
    assert "第2行" in by_row[3].reason and "一致" in by_row[3].reason
    assert "校验位" in by_row[4].reason and by_row[4].value == bad_check
    assert by_row[5].value == "1980-13-45"
    assert by_row[6].value == "未知" and "男" in by_row[6].reason
    assert by_row[7].reason == NUMERIC_ID_MESSAGE
    assert by_row[7].value == "6.10722E+17"
    assert "第2行" in by_row[8].reason and "第8行" in by_row[8].reason
    with pytest.raises(RefusedError, match="错误"):
        apply_roster_import(session, preview)
    assert counts(session) == before


def test_conflicts_with_the_roster_are_reported(session: Session, tmp_path: Path) -> None:
    # Given household 001 (张建国, group 3) with a person holding ID_HEAD
    household = make_household(session, "001", "张建国", 3)
    roster.add_person(
        session, Person(name="张建国", sex="男", household_id=household.id, id_number=ID_HEAD)
    )
    path = write_xlsx(
        tmp_path / "x.xlsx",
        [
            HEADERS,
            roster_row("001", "李四", 3, "李四", id_number=ID_WANG),  # other head
            roster_row("002", "王五", 5, "王五", id_number=ID_HEAD),  # ID already registered
            roster_row("001", "张建国", 3, "张丽", sex="女", id_number=""),  # vs row 2
        ],
    )

    preview = read_roster_xlsx(session, path)

    assert [(e.row, e.column) for e in preview.errors] == [
        (2, "户主"),
        (3, "身份证号"),
        (4, "户主"),
    ]
    assert "档案里已有户号001" in preview.errors[0].reason
    assert "张建国" in preview.errors[1].reason
    assert "第2行" in preview.errors[2].reason


@pytest.mark.parametrize(
    ("cell", "column"),
    [
        ({"phone": "12345"}, "联系电话"),
        ({"relation": "朋友"}, "与户主关系"),
        ({"ethnicity": "火星族"}, "民族"),
        ({"group_no": "3-4组"}, "村民小组"),
        ({"group_no": 120}, "村民小组"),
        ({"household_no": ""}, "户号"),
        ({"sex": "女"}, "性别"),  # disagrees with the (male) ID number
        ({"birth_date": "1981-01-01"}, "出生日期"),  # disagrees with the ID number
    ],
)
def test_single_bad_cell_is_mapped_to_its_column(
    session: Session, tmp_path: Path, cell: dict[str, object], column: str
) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [HEADERS, roster_row(**cell)])  # type: ignore[arg-type]

    preview = read_roster_xlsx(session, path)

    assert [(e.row, e.column) for e in preview.errors] == [(2, column)]
    assert all(isinstance(e, CellError) and e.reason for e in preview.errors)


def test_id_number_pasted_in_scientific_notation_is_refused(
    session: Session, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "x.xlsx", [HEADERS, roster_row(sex="男", id_number="6.10722E+17")])

    preview = read_roster_xlsx(session, path)

    assert [e.reason for e in preview.errors] == [NUMERIC_ID_MESSAGE]


def test_cell_error_reads_as_a_sentence() -> None:
    error = CellError(5, "身份证号", "6107", "身份证号应为18位，现在是4位")

    assert str(error) == "第5行“身份证号”（6107）：身份证号应为18位，现在是4位"


# --- unreadable files -------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [b"", b"this is not a spreadsheet", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100],
    ids=["empty", "text", "old-xls"],
)
def test_unreadable_file_is_refused(session: Session, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)

    with pytest.raises(RefusedError) as caught:
        read_roster_xlsx(session, path)

    assert "x.xlsx" in str(caught.value) and ".xlsx" in str(caught.value)


def test_zip_that_is_not_a_workbook_and_truncated_workbook_are_refused(
    session: Session, tmp_path: Path
) -> None:
    not_workbook = tmp_path / "a.xlsx"
    with zipfile.ZipFile(not_workbook, "w") as archive:
        archive.writestr("hello.txt", "hi")
    good = write_xlsx(tmp_path / "good.xlsx", good_rows())
    truncated = tmp_path / "b.xlsx"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])

    for path in (not_workbook, truncated):
        with pytest.raises(RefusedError, match="无法读取"):
            read_roster_xlsx(session, path)


def test_missing_file_is_refused(session: Session, tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="找不到文件"):
        read_roster_xlsx(session, tmp_path / "nowhere.xlsx")


def test_too_many_rows_is_refused(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roster_xlsx, "MAX_DATA_ROWS", 3)
    rows = [HEADERS] + [
        roster_row(f"{n:03d}", "张三", 1, "张三", sex="男", id_number="") for n in range(1, 5)
    ]
    path = write_xlsx(tmp_path / "x.xlsx", rows)

    with pytest.raises(RefusedError, match="超过3行"):
        read_roster_xlsx(session, path)
    monkeypatch.setattr(roster_xlsx, "MAX_DATA_ROWS", 4)
    assert read_roster_xlsx(session, path).ok


# --- applying is all or nothing ---------------------------------------------------


def test_apply_rolls_back_everything_when_a_record_fails(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    preview = read_roster_xlsx(session, write_xlsx(tmp_path / "x.xlsx", good_rows()))
    before = counts(session)
    real_add_person = roster.add_person
    calls = []

    def failing_add_person(session: Session, person: Person) -> Person:
        calls.append(person.name)
        if len(calls) == 3:
            raise ValidationError([FieldError("id_number", "已登记")])
        return real_add_person(session, person)

    monkeypatch.setattr(roster, "add_person", failing_add_person)

    with pytest.raises(RefusedError, match="第5行") as caught:
        apply_roster_import(session, preview)

    assert "没有导入任何数据" in str(caught.value)
    assert counts(session) == before


def test_apply_rechecks_the_database(session: Session, tmp_path: Path) -> None:
    # Given a preview, then someone adds household 002 before it is applied
    preview = read_roster_xlsx(session, write_xlsx(tmp_path / "x.xlsx", good_rows()))
    make_household(session, "002", "别人", 1)
    before = counts(session)

    with pytest.raises(RefusedError, match="第6行"):
        apply_roster_import(session, preview)

    assert counts(session) == before


def test_cancel_during_apply_leaves_nothing(session: Session, tmp_path: Path) -> None:
    preview = read_roster_xlsx(session, write_xlsx(tmp_path / "x.xlsx", good_rows()))
    before = counts(session)
    seen: list[int] = []

    def cancel_late(done: int, total: int, text: str = "") -> None:
        seen.append(done)
        if done == total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        apply_roster_import(session, preview, progress=cancel_late)

    assert seen[-1] == 6
    assert counts(session) == before


# --- export and round trip ----------------------------------------------------------


def test_export_reimports_into_an_empty_village(session: Session, tmp_path: Path) -> None:
    # Given a village with an imported roster (and a note that looks like a formula)
    path = write_xlsx(tmp_path / "in.xlsx", good_rows())
    apply_roster_import(session, read_roster_xlsx(session, path))
    head = roster.get_person(session, str(persons_by_name(session)["张建国"]["id"]))
    head.note = "=1+1 不是公式"
    roster.update_person(session, head)
    exported = tmp_path / "out" / "村民档案.xlsx"
    exported.parent.mkdir()

    # When it is exported
    written = export_roster_xlsx(session, exported)

    # Then the file keeps every digit as text, and a new village reads it without errors
    assert written == 4
    assert [p.name for p in exported.parent.iterdir()] == ["村民档案.xlsx"]
    sheet = load_workbook(exported).active
    assert sheet.title == "村民档案"
    assert sheet["A1"].value.endswith("村民档案") and sheet["A1"].font.bold  # the title row
    assert [c.value for c in sheet[2]] == HEADERS
    assert sheet["A2"].font.bold and sheet.freeze_panes == "A3"
    assert sheet.print_title_rows == "$2:$2" and sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.orientation == "landscape"
    id_cells = [sheet.cell(row=r, column=9) for r in range(3, 7)]
    assert all(c.number_format == "@" and c.data_type == "s" for c in id_cells)
    assert {c.value for c in id_cells} == {ID_HEAD, ID_WIFE, ID_SON, ID_WANG}
    assert sheet.column_dimensions["I"].width >= 20
    other = open_session(tmp_path / "other" / "sanzhi.db", operator="新文书")
    try:
        init_office(
            other, kind=OfficeKind.VILLAGE, code="610722100202", name="大营村", town_name="某镇"
        )
        preview = read_roster_xlsx(other, exported)
        assert preview.ok, preview.errors
        assert (len(preview.households), len(preview.persons)) == (2, 4)
        apply_roster_import(other, preview)
        keys = ("name", "sex", "birth_date", "id_number", "phone", "relation", "note", "group_no")
        original = {n: tuple(r[k] for k in keys) for n, r in persons_by_name(session).items()}
        copied = {n: tuple(r[k] for k in keys) for n, r in persons_by_name(other).items()}
        assert copied == original
        assert copied["张建国"][6] == "=1+1 不是公式"
    finally:
        other.close()


def test_export_follows_the_filter_but_not_its_limit(session: Session, tmp_path: Path) -> None:
    apply_roster_import(
        session, read_roster_xlsx(session, write_xlsx(tmp_path / "in.xlsx", good_rows()))
    )

    written = export_roster_xlsx(
        session, tmp_path / "g3.xlsx", query=RosterFilter(group_no=3, limit=1)
    )

    assert written == 3
    names = [c.value for c in load_workbook(tmp_path / "g3.xlsx").active["E"][2:]]  # title, header
    assert sorted(names) == sorted(["张建国", "李秀英", "张小明"])


def test_export_to_a_missing_folder_is_refused(session: Session, tmp_path: Path) -> None:
    with pytest.raises(RefusedError, match="不存在"):
        export_roster_xlsx(session, tmp_path / "no" / "such" / "x.xlsx")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs POSIX, non-root")
def test_export_to_a_read_only_folder_is_refused(session: Session, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(RefusedError, match="不能在文件夹"):
            export_roster_xlsx(session, folder / "x.xlsx")
    finally:
        folder.chmod(0o700)


def test_unwritable_folder_is_refused_in_chinese(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # (root ignores folder permissions, so the refusal is simulated where it starts)
    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(roster_xlsx.tempfile, "mkstemp", denied)

    with pytest.raises(RefusedError, match="没有写入权限"):
        export_roster_xlsx(session, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_export_replaces_an_existing_file(session: Session, tmp_path: Path) -> None:
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"old")

    assert export_roster_xlsx(session, target) == 0

    assert [c.value for c in load_workbook(target).active[2]] == HEADERS  # under the title
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "x.xlsx"
    target.parent.mkdir()
    target.write_bytes(b"old")

    def disk_full(self: Workbook, filename: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", disk_full)

    with pytest.raises(RefusedError, match="磁盘已满"):
        export_roster_xlsx(session, target)

    assert target.read_bytes() == b"old"
    assert [p.name for p in target.parent.iterdir()] == ["x.xlsx"]


# --- the template -----------------------------------------------------------------


def test_template_reads_back_without_errors(session: Session, tmp_path: Path) -> None:
    path = tmp_path / "模板.xlsx"

    write_roster_template(path)

    workbook = load_workbook(path)
    assert workbook.sheetnames == ["村民档案", "填写说明"]
    sheet = workbook["村民档案"]
    assert [c.value for c in sheet[1]] == HEADERS
    assert sheet.column_dimensions["I"].number_format == "@"
    assert len(sheet.data_validations.dataValidation) == 3
    preview = read_roster_xlsx(session, path)
    assert preview.ok, preview.errors
    assert (len(preview.households), len(preview.persons)) == (0, 0)  # only the example
    assert preview.sample_rows == [2]


# --- parsing helpers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3, 3),
        (3.0, 3),
        ("3", 3),
        ("3组", 3),
        (" 3 组 ", 3),
        ("３", 3),
        ("第三组", 3),
        ("第3村民小组", 3),
        ("三队", 3),
        ("十组", 10),
        ("十二组", 12),
        ("二十", 20),
        ("九十九", 99),
        ("3-4组", None),
        ("三四组", None),
        ("组", None),
        ("", None),
        (None, None),
        (3.5, None),
        ("abc", None),
        ("十十", None),
    ],
)
def test_parse_group_no(value: object, expected: int | None) -> None:
    assert parse_group_no(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(1980, 1, 1), "1980-01-01"),
        (date(1980, 1, 1), "1980-01-01"),
        ("1980-01-01", "1980-01-01"),
        ("1980/1/1", "1980-01-01"),
        ("19800101", "1980-01-01"),
        (19800101, "1980-01-01"),
        ("1980.01.01", "1980-01-01"),
        ("1980年1月1日", "1980-01-01"),
        ("1980-01-01 00:00:00", "1980-01-01"),
        (29221, "1980-01-01"),  # an Excel serial number without its date format
        ("", ""),
        (None, ""),
        ("1980-13-45", None),
        ("80年1月", None),
        ("yesterday", None),
    ],
)
def test_parse_date_cell(value: object, expected: str | None) -> None:
    assert parse_date_cell(value) == expected
