"""The 党建 sheets: real Chinese text, the font embedded, nothing private on a public sheet."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.party_meetings import PartyMeeting
from sanzhi_desktop.domain.party_points import ReviewResult
from sanzhi_desktop.services import party, party_meetings, party_points
from sanzhi_desktop.services.session import Session
from tests.party_factory import PHONE, branch, freeze_today
from tests.pdf_tools import pdf_fonts, pdf_text

GRADE_WORDS = ("优秀", "基本合格", "不合格", "票")


@pytest.fixture
def village(session: Session, monkeypatch: pytest.MonkeyPatch) -> Session:
    freeze_today(monkeypatch)
    members = branch(session, 6)
    for index, member in enumerate(members[:4]):
        party_points.make_pledge(
            session, member.id, 2026, f"承诺事项{index}号", made_date="2026-01-10"
        )
        party_points.add_points(
            session, member.id, "P03", approved_by="书记", entry_date="2026-08-02"
        )
        party_points.record_review(
            session,
            ReviewResult(
                member_id=member.id,
                year=2026,
                reviewed_on="2026-11-01",
                votes_excellent=5 if index == 0 else 0,
                votes_qualified=1 if index == 0 else 3,
                votes_unqualified=0 if index == 0 else 3,
            ),
        )
    party_points.add_points(
        session, members[1].id, "N02", approved_by="书记", entry_date="2026-08-05"
    )
    party_points.record_fulfilment(
        session, members[0].id, done_on="2026-03-01", content="清理河道垃圾"
    )
    party_meetings.record_meeting(
        session,
        PartyMeeting(
            kind="lecture",
            held_on="2026-08-20",
            topic="乡村振兴专题党课",
            host="张建国",
            absent_note="外出务工",
        ),
        [m.id for m in members[:5]],
    )
    return session


def embedded(pdf: bytes) -> bool:
    fonts = pdf_fonts(pdf)
    return bool(fonts) and all(f["emb"] == "yes" for f in fonts)


def test_pledge_sheet_is_public_and_holds_no_review_or_phone(village: Session) -> None:
    sheet = party_points.print_pledges(village, 2026)
    text = pdf_text(sheet.pdf)
    assert sheet.title == "小营村2026年度党员承诺公示" and sheet.title in text
    assert "承诺事项0号" in text and "清理河道垃圾" in text and "张建国" in text
    assert embedded(sheet.pdf)
    assert PHONE not in text and not any(word in text for word in GRADE_WORDS)


def test_points_table_shows_the_quarter_and_year_but_no_grade(village: Session) -> None:
    sheet = party_points.print_points(village, 2026, 3)
    text = pdf_text(sheet.pdf)
    assert "小营村2026年第3季度党员积分公示" in text
    line = next(x for x in text.splitlines() if "李秀英" in x)
    assert line.split()[-3:] == ["+3", "-5", "-2"]
    assert embedded(sheet.pdf)
    assert PHONE not in text and not any(word in text for word in GRADE_WORDS)


def test_meetings_register_lists_attendance_absentees_and_missed_periods(village: Session) -> None:
    sheet = party_meetings.print_meetings_register(village, 2026)
    text = pdf_text(sheet.pdf)
    assert "小营村党支部2026年度“三会一课”登记簿" in text
    assert "乡村振兴专题党课" in text and "陈明（外出务工）" in text
    missed = text.split("未按规定召开")[1]
    # counted from the month of the first meeting (a lecture in August): August to October
    # had no theme day; Q3 had its lecture and Q4 is still open
    assert "2026年8月没有开主题党日；2026年9月没有开主题党日；2026年10月没有开主题党日" in missed
    assert "季度" not in missed and "2026年7月" not in missed
    assert embedded(sheet.pdf) and PHONE not in text


def test_the_town_prints_none_of_the_village_sheets(
    tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.services.office import init_office
    from sanzhi_desktop.services.session import open_session

    with open_session(tmp_path / "town.db") as town:
        init_office(town, kind=OfficeKind.TOWN, code="610722100", name="柳林镇", town_name="柳林镇")
        with pytest.raises(RefusedError, match="镇里不单独打印"):
            party_points.print_pledges(town, 2026)
        with pytest.raises(RefusedError):
            party.save_branch(town, party.Branch(branch_name="x", secretary="y"))
