"""The three 法治 sheets: real text, the font embedded, and no ID or phone number on any."""

from __future__ import annotations

import re

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.law import Attendee, StudySession
from sanzhi_desktop.domain.law_duties import Activity
from sanzhi_desktop.domain.law_registers import ConstitutionVisit, Honour
from sanzhi_desktop.services import law, law_print, law_publicity, law_registers
from sanzhi_desktop.services.session import Session
from tests.law_factory import PHONES, Village, backbone, cadre, freeze, make_village
from tests.pdf_tools import pdf_fonts, pdf_pages, pdf_text

ID_NUMBER = re.compile(r"\d{17}[\dXx]")
MOBILE = re.compile(r"1[3-9]\d{9}")


@pytest.fixture
def village(session: Session, monkeypatch: pytest.MonkeyPatch) -> Village:
    freeze(monkeypatch)
    made = make_village(session)
    wang, li = cadre(session, made), backbone(session, made)
    wang_id = made.person("王建国").id_number
    law.record_session(
        session,
        StudySession(
            held_on="2026-03-05",
            form="考试",
            topic=f"学法考试（联系人13812345678，证件{wang_id}）",
            lecturer="司法所",
            hours=1,
        ),
        attendees=[Attendee("", learner_id=wang.id, score=91), Attendee("", learner_id=li.id)],
        materials=["试卷.docx"],
    )
    law_publicity.record_activity(
        session,
        Activity(held_on="2026-04-01", audience="学校", topic="模拟法庭", duty_code="PF-02"),
    )
    for household in made.households[:3]:
        law_registers.record_visit(
            session,
            ConstitutionVisit(
                household_id=household.id, year=2026, reached_on="2026-05-01", reached_by="网格员"
            ),
        )
    zhang = made.person("张大山")
    law_registers.name_honour(
        session,
        Honour(
            kind="law_leader",
            household_id=zhang.household_id,
            person_id=zhang.id,
            year=2026,
            basis=f"调解纠纷5起，电话{PHONES[2]}",
        ),
    )
    law_registers.name_honour(
        session,
        Honour(
            kind="model_household",
            household_id=made.households[3].id,
            year=2026,
            basis="家风良好",
        ),
    )
    return made


def assert_private(pdf: bytes, village: Village) -> str:
    """The sheet's text, after checking it holds no roster ID number or phone at all."""
    text = pdf_text(pdf)
    flat = re.sub(r"\s", "", text)
    for person in village.people:
        assert person.id_number not in flat
        assert person.phone not in flat
    assert not ID_NUMBER.search(flat) and not MOBILE.search(flat)
    fonts = pdf_fonts(pdf)
    assert fonts and all(f["emb"] == "yes" for f in fonts)
    return text


def test_ledger_lists_sessions_counts_against_targets_and_activities(
    session: Session, village: Village
) -> None:
    sheet = law_print.print_ledger(session, 2026)
    text = assert_private(sheet.pdf, village)
    assert sheet.title == "小营村2026年学法普法台账"
    for expected in ("学法记录", "2026年3月5日", "王建国", "李秀英", "差3次", "达标", "91",
                     "模拟法庭", "PF-02", "试卷.docx"):  # fmt: skip
        assert expected in text, expected
    assert "6107**********" in text  # the ID typed into the topic is masked
    assert pdf_pages(sheet.pdf) >= 2


def test_honours_sheet_names_people_and_households_with_seals(
    session: Session, village: Village
) -> None:
    sheet = law_print.print_honours(session, 2026, posted_date="2026-11-28")
    text = assert_private(sheet.pdf, village)
    expected_texts = ("法治带头人", "张大山", "2组", "法律明白人", "本年无", "示范户", "刘芳",
                      "公示期：自2026年11月28日起7天", "村民委员会（盖章）")  # fmt: skip
    for expected in expected_texts:
        assert expected in text, expected
    assert "150****2222" in text  # the phone typed into a basis is masked


def test_revoked_honours_leave_the_public_sheet(session: Session, village: Village) -> None:
    [leader] = law_registers.list_honours(session, kind="law_leader")
    law_registers.revoke_honour(session, leader.id, reason="迁出")
    text = pdf_text(law_print.print_honours(session, 2026).pdf)
    assert "张大山" not in text


def test_coverage_sheet_by_group_with_the_households_still_to_visit(
    session: Session, village: Village
) -> None:
    sheet = law_print.print_coverage(session, 2026)
    text = assert_private(sheet.pdf, village)
    assert "小营村2026年宪法入户宣传覆盖情况" in text
    assert re.search(r"2组\s+2\s+1\s+1\s+50\.0%", text)
    assert re.search(r"合计\s+4\s+3\s+1\s+75\.0%", text)
    assert "0202" in text and "刘芳" in text
    assert "2组" in text and "address" not in text


def test_a_town_prints_none_of_the_villages_sheets(empty_session: Session) -> None:
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.services.office import init_office

    init_office(
        empty_session, kind=OfficeKind.TOWN, code="610722100", name="某镇", town_name="某镇"
    )
    for printer in (law_print.print_ledger, law_print.print_honours, law_print.print_coverage):
        with pytest.raises(RefusedError, match="镇里不单独打印"):
            printer(empty_session, 2026)
