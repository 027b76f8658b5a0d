"""红黑榜 workflow: every step checked, refusals in Chinese, the month's board composed."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.services import red_black
from sanzhi_desktop.services.moral_common import set_black_names_full
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import changes
from tests.moral_factories import BLACK_HEAD, black_entry, make_village, posted, red_entry
from tests.pdf_tools import pdf_text


def test_black_entry_needs_clause_requirement_and_deadline(session: Session) -> None:
    village = make_village(session)
    with pytest.raises(ValidationError) as err:
        red_black.report_entry(
            session, black_entry(village, clause_id="", requirement="", deadline="2026-10-01")
        )
    assert err.value.for_field("clause_id") == ["黑榜须注明违反的村规民约条款"]
    assert err.value.for_field("requirement")
    assert err.value.for_field("deadline") == ["整改期限不能早于登记日期"]


def test_names_and_group_come_from_the_roster_and_the_clause_is_cited(session: Session) -> None:
    village = make_village(session)
    entry = red_black.report_entry(session, black_entry(village, name="随便写"))
    assert (entry.name, entry.group_no, entry.clause_label) == (BLACK_HEAD, 3, "第十二条")
    assert entry.status == "reported" and entry.reported_by == "测试员"


def test_full_workflow_to_removal_with_change_log(session: Session) -> None:
    village = make_village(session)
    entry = posted(session, black_entry(village))
    assert entry.status == "posted" and entry.month == "2026-11"
    assert entry.expires_on == "2027-01-31"  # three months on the board at most
    entry = red_black.rectify_entry(session, entry.id, rectified_date="2026-11-18", note="已清理")
    entry = red_black.remove_entry(session, entry.id, removed_date="2026-11-30")
    assert entry.status == "removed" and entry.removal_reason == "整改到位"
    log = changes.list_changes(session.db, table="red_black_entries", record_id=entry.id)
    assert len(log) == 6  # report, verify, review, post, rectify, remove


@pytest.mark.parametrize(
    ("steps", "action"),
    [
        ([], "post"),
        ([], "review"),
        (["verify"], "verify"),
        (["verify", "review"], "rectify"),
    ],
)
def test_steps_out_of_order_are_refused(session: Session, steps: list[str], action: str) -> None:
    village = make_village(session)
    entry = red_black.report_entry(session, black_entry(village))
    calls = {
        "verify": lambda: red_black.verify_entry(session, entry.id),
        "review": lambda: red_black.review_entry(
            session, entry.id, approved=True, reviewers="张主任"
        ),
        "post": lambda: red_black.post_entry(session, entry.id, month="2026-11"),
        "rectify": lambda: red_black.rectify_entry(session, entry.id),
    }
    for step in steps:
        calls[step]()
    with pytest.raises(RefusedError, match="不能"):
        calls[action]()


def test_red_entries_cannot_be_rectified_and_rejected_ones_not_posted(session: Session) -> None:
    village = make_village(session)
    red = posted(session, red_entry(village))
    with pytest.raises(RefusedError, match="红榜条目不需要整改"):
        red_black.rectify_entry(session, red.id)
    other = red_black.report_entry(session, black_entry(village))
    red_black.verify_entry(session, other.id)
    with pytest.raises(ValidationError):
        red_black.review_entry(session, other.id, approved=False, reviewers="张主任")
    rejected = red_black.review_entry(
        session, other.id, approved=False, reviewers="张主任", opinion="证据不足"
    )
    assert rejected.status == "rejected"
    with pytest.raises(RefusedError):
        red_black.post_entry(session, other.id, month="2026-11")


def test_reviewed_entry_cannot_be_edited(session: Session) -> None:
    village = make_village(session)
    entry = posted(session, black_entry(village))
    with pytest.raises(RefusedError, match="不能再改"):
        red_black.update_entry(session, entry)


def test_upheld_objection_removes_it_from_every_board_and_says_why(session: Session) -> None:
    village = make_village(session)
    entry = posted(session, black_entry(village))
    with pytest.raises(ValidationError):
        red_black.uphold_objection(session, entry.id, objection="不是他家的", reason="")
    entry = red_black.uphold_objection(
        session,
        entry.id,
        objection="垃圾是施工队堆放的",
        reason="经核查属施工单位所为，与该户无关",
        on="2026-11-10",
    )
    assert entry.status == "removed" and entry.removal_reason.startswith("经核查")
    assert red_black.compose_board(session, "2026-11").black == []
    with pytest.raises(RefusedError):
        red_black.uphold_objection(session, entry.id, objection="x", reason="y")


def test_black_entries_stay_until_the_month_they_leave(session: Session) -> None:
    village = make_village(session)
    entry = posted(session, black_entry(village), month="2026-09")
    red = posted(session, red_entry(village), month="2026-09")
    assert [e.id for e in red_black.compose_board(session, "2026-09").red] == [red.id]
    assert red_black.compose_board(session, "2026-10").red == []
    assert [e.id for e in red_black.compose_board(session, "2026-10").black] == [entry.id]
    red_black.rectify_entry(session, entry.id, rectified_date="2026-11-03")
    assert [e.id for e in red_black.compose_board(session, "2026-10").black] == [entry.id]
    assert red_black.compose_board(session, "2026-11").black == []
    assert red_black.compose_board(session, "2026-08").black == []


def test_expire_due_entries(session: Session) -> None:
    village = make_village(session)
    entry = posted(session, black_entry(village), month="2026-05")
    assert red_black.expire_due_entries(session, today="2026-07-31") == 0
    assert red_black.expire_due_entries(session, today="2026-08-01") == 1
    assert red_black.get_entry(session, entry.id).status == "expired"


def test_printed_board_masks_black_names_and_never_shows_identifiers(session: Session) -> None:
    village = make_village(session)
    posted(session, red_entry(village))
    posted(
        session,
        black_entry(
            village, deed=f"堆放垃圾，联系电话13912345678，身份证{village.black_id_number}"
        ),
    )
    sheet = red_black.print_board(session, "2026-11")
    text = pdf_text(sheet.pdf)
    assert "小营村2026年11月红黑榜" in text
    assert "李德明" in text and "孝老爱亲" in text  # red names in full
    assert "王*虎" in text and BLACK_HEAD not in text
    assert "第十二条" in text and "一周内清理完毕" in text and "2026年11月20日" in text
    assert "13912345678" not in text and village.black_id_number not in text
    assert "0916-1234567" in text  # the supervision phone is the objection channel
    assert sheet.warnings == []


def test_full_names_setting_prints_them_and_warns(session: Session) -> None:
    village = make_village(session)
    posted(session, black_entry(village))
    set_black_names_full(session, True)
    sheet = red_black.print_board(session, "2026-11", page="A3")
    assert BLACK_HEAD in pdf_text(sheet.pdf)
    assert sheet.warnings and "完整显示" in sheet.warnings[0]


def test_bad_month_is_a_field_error(session: Session) -> None:
    with pytest.raises(ValidationError) as err:
        red_black.compose_board(session, "2026-13")
    assert err.value.for_field("month")


def test_a_town_gets_no_red_black_to_dos_from_its_villages_lists(session: Session) -> None:
    # Given a reported entry waiting for its next step in the village's own file,
    village = make_village(session)
    red_black.report_entry(session, black_entry(village))
    assert red_black.red_black_todos(session)
    # when the same records sit in a town's database (imported from the village),
    from dataclasses import replace

    from sanzhi_desktop.domain.division import OfficeKind

    assert session.profile is not None
    session.profile = replace(session.profile, kind=OfficeKind.TOWN)
    # then they are the village's work, not the town's to-dos.
    assert red_black.red_black_todos(session) == []
