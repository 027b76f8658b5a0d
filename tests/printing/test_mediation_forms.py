"""The agreement and the dossier: parties, numbered terms, signature lines as real text."""

from __future__ import annotations

import pytest

from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.domain.mediation_papers import FollowUp, RightsNotice
from sanzhi_desktop.services import mediation, mediation_papers
from sanzhi_desktop.services.session import Session
from tests.mediation_factory import agreement, freeze_today, new_case, session_paper
from tests.pdf_tools import pdf_fonts, pdf_pages, pdf_text


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_today(monkeypatch)


def agreed_case(session: Session) -> str:
    case = new_case(session)
    mediation.record_paper(session, case.id, RightsNotice(on="2026-11-02"))
    mediation.accept_case(session, case.id, on="2026-11-03")
    mediation.record_session(session, case.id, session_paper("2026-11-05"))
    mediation.record_agreement(session, case.id, agreement("2026-11-06"))
    return case.id


def flat(text: str) -> str:
    return "".join(text.split())


def test_agreement_has_parties_terms_and_signature_lines(session: Session) -> None:
    case_id = agreed_case(session)
    pdf = mediation_papers.agreement_pdf(session, case_id)
    text = flat(pdf_text(pdf))
    assert "人民调解协议书" in text and "(2026)小营人调字第1号" in text
    # both parties, with the details only the agreement carries
    assert "当事人（申请人）：王大明，男，汉族" in text and "农民" in text
    assert "住址：1组1号" in text and "联系方式：13812345678" in text
    assert "当事人（被申请人）：李小红，女" in text
    assert "经调解，自愿达成如下协议：" in text
    assert "1.李小红于2026年12月10日前加装接水槽。" in text and "2.王大明不再堵塞排水沟。" in text
    assert "履行期限：2026年12月10日" in text and "本协议一式3份" in text
    assert "当事人签名（盖章）或按指印" in text
    for line in (
        "申请人王大明：",
        "被申请人李小红：",
        "调解员赵调解：",
        "记录人孙记录：",
        "日期：",
    ):
        assert line in text
    assert "小营村人民调解委员会（盖章）" in text and "2026年11月6日" in text
    assert all(f["emb"] == "yes" for f in pdf_fonts(pdf))
    assert "身份证" not in text  # the ID number is never printed


def test_no_agreement_no_print(session: Session) -> None:
    case = new_case(session)
    with pytest.raises(RefusedError, match="书面调解协议"):
        mediation_papers.agreement_pdf(session, case.id)


def test_dossier_holds_every_paper_in_order_without_contact_details(session: Session) -> None:
    case_id = agreed_case(session)
    mediation.record_follow_up(
        session, case_id, FollowUp(on="2026-11-20", visitor="赵调解", remaining_risk="无")
    )
    pdf = mediation_papers.dossier_pdf(session, case_id)
    text = flat(pdf_text(pdf))
    order = [
        "人民调解卷宗",
        "人民调解受理登记表",
        "权利义务告知书",
        "人民调解记录",
        "人民调解协议书",
        "人民调解回访记录",
        "办理过程",
    ]
    positions = [text.index(title) for title in order]
    assert positions == sorted(positions)
    assert pdf_pages(pdf) >= len(order)
    # the phone appears once: on the agreement only
    assert text.count("13812345678") == 1
