"""The other papers of a mediation dossier, and the whole dossier in filing order.

受理登记表, 调解记录, 回访记录, the dossier cover (卷宗封面) and the closing
report (结案报告), plus the short papers (rights notice, investigation record,
oral agreement register, judicial confirmation) as ruled field tables.
Parties appear here with name, sex, age and villager group only: address and
contact belong on the agreement alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from sanzhi_desktop.domain.mediation_papers import (
    CaseFile,
    ClosingReport,
    FollowUp,
    Investigation,
    JudicialConfirmation,
    OralAgreement,
    Paper,
    PaperKind,
    PartyDetail,
    RightsNotice,
    SessionRecord,
    WrittenAgreement,
)
from sanzhi_desktop.printing.mediation_agreement import agreement_story
from sanzhi_desktop.printing.sheet import (
    Styles,
    chinese_date,
    content_width,
    gap,
    grid_table,
    money,
    para,
    render_pdf,
    signature_lines,
    styles,
)


def _fields(rows: Sequence[tuple[str, str]], st: Styles) -> Flowable:
    """A two-column ruled table: label | value."""
    width = content_width()
    return grid_table(
        [[label, value or "—"] for label, value in rows],
        [32 * mm, width - 32 * mm],
        st=st,
        header_rows=0,
    )


def _party_brief(party: PartyDetail) -> str:
    bits = [party.sex, party.age_text, f"{party.group_no}组" if party.group_no else ""]
    if party.kind == "organisation":
        bits = [f"负责人{party.representative}"]
    elif party.kind == "outsider":
        bits.append("外村")
    detail = "，".join(b for b in bits if b)
    return f"{party.role}：{party.name}" + (f"（{detail}）" if detail else "")


def _head(title: str, case: CaseFile, st: Styles) -> list[Flowable]:
    return [para(title, st.title), gap(1), para(case.dossier_no, st.subtitle), gap(3)]


def intake_story(case: CaseFile, st: Styles) -> list[Flowable]:
    """受理登记表."""
    outcome = case.accepted_on and f"{chinese_date(case.accepted_on)}受理"
    rows = [
        ("登记日期", chinese_date(case.registered_on)),
        ("案件来源", case.source),
        ("纠纷类型", case.dispute_type),
        ("当事人", "\n".join(_party_brief(p) for p in case.parties)),
        ("纠纷简要情况", case.summary),
        ("涉及金额（元）", money(case.amount_fen)),
        ("调解员", "、".join(case.mediators)),
        ("受理情况", outcome or case.state_label),
    ]
    width = content_width()
    return [
        *_head("人民调解受理登记表", case, st),
        _fields(rows, st),
        gap(6),
        signature_lines(["登记人", "调委会主任"], st=st, width=width),
    ]


def rights_notice_story(case: CaseFile, paper: RightsNotice, st: Styles) -> list[Flowable]:
    text = (
        "根据《中华人民共和国人民调解法》，当事人在人民调解活动中享有下列权利：选择或者接受人民调解员；"
        "接受调解、拒绝调解或者要求终止调解；要求调解公开进行或者不公开进行；自主表达意愿、自愿达成调解协议。"
        "当事人应当如实陈述纠纷事实；遵守调解现场秩序，尊重人民调解员；尊重对方当事人行使权利。"
    )
    return [
        *_head("人民调解当事人权利义务告知书", case, st),
        para(text, st.body),
        gap(3),
        _fields([("告知日期", chinese_date(paper.on)), ("告知方式", paper.manner)], st),
        gap(6),
        signature_lines([f"当事人 {p.name}" for p in case.parties], st=st, width=content_width()),
    ]


def investigation_story(case: CaseFile, paper: Investigation, st: Styles) -> list[Flowable]:
    rows = [
        ("调查日期", chinese_date(paper.on)),
        ("调查地点", paper.place),
        ("调查人", paper.investigator),
        ("被调查人", paper.subject),
        ("调查内容", paper.content),
    ]
    names = ["被调查人", "调查人"]
    return [
        *_head("人民调解调查记录", case, st),
        _fields(rows, st),
        gap(6),
        signature_lines(names, st=st, width=content_width()),
    ]


def session_story(case: CaseFile, paper: SessionRecord, st: Styles) -> list[Flowable]:
    """调解记录: time, place, who was present, statements, outcome."""
    rows = [
        ("调解时间", f"{chinese_date(paper.on)} {paper.time}".strip()),
        ("调解地点", paper.place),
        ("当事人", "\n".join(_party_brief(p) for p in case.parties)),
        ("参加人员", paper.present),
        ("调解员", "、".join(case.mediators)),
        ("当事人陈述及调解经过", paper.statements),
        ("调解结果", paper.outcome),
    ]
    labels = [f"当事人 {p.name}" for p in case.parties] + ["调解员", "记录人"]
    return [
        *_head("人民调解记录", case, st),
        _fields(rows, st),
        gap(6),
        signature_lines(labels, st=st, width=content_width()),
    ]


def oral_agreement_story(case: CaseFile, paper: OralAgreement, st: Styles) -> list[Flowable]:
    rows = [
        ("达成日期", chinese_date(paper.on)),
        ("当事人", "\n".join(_party_brief(p) for p in case.parties)),
        ("纠纷类型", case.dispute_type),
        ("口头协议内容", paper.content),
        ("履行方式", paper.performance_manner),
        ("履行期限", chinese_date(paper.performance_due)),
        ("调解员", "、".join(case.mediators)),
    ]
    return [*_head("口头调解协议登记表", case, st), _fields(rows, st)]


def confirmation_story(case: CaseFile, paper: JudicialConfirmation, st: Styles) -> list[Flowable]:
    rows = [
        ("确认日期", chinese_date(paper.on)),
        ("人民法院", paper.court),
        ("裁定书文号", paper.ruling_no),
        ("确认结果", paper.result),
    ]
    return [*_head("司法确认情况登记", case, st), _fields(rows, st)]


def follow_up_story(case: CaseFile, paper: FollowUp, st: Styles) -> list[Flowable]:
    """回访记录: performance, satisfaction, remaining risk, measures."""
    rows = [
        ("回访日期", chinese_date(paper.on)),
        ("回访人", paper.visitor),
        ("被回访人", "、".join(p.name for p in case.parties)),
        ("协议履行情况", paper.performance),
        ("当事人满意程度", paper.satisfaction),
        ("遗留问题及风险", paper.remaining_risk),
        ("采取的措施", paper.measures),
        ("下次回访", chinese_date(paper.next_visit)),
    ]
    return [
        *_head("人民调解回访记录", case, st),
        _fields(rows, st),
        gap(6),
        signature_lines(["回访人", "被回访人"], st=st, width=content_width()),
    ]


def closing_story(case: CaseFile, paper: ClosingReport, st: Styles) -> list[Flowable]:
    rows = [
        ("案件来源", case.source),
        ("纠纷类型", case.dispute_type),
        ("当事人", "、".join(p.name for p in case.parties)),
        ("受理日期", chinese_date(case.accepted_on)),
        ("结案日期", chinese_date(paper.on)),
        ("调解结果", paper.result),
        ("结案情况", paper.summary),
    ]
    return [
        *_head("人民调解结案报告", case, st),
        _fields(rows, st),
        gap(6),
        signature_lines(["调解员", "调委会主任"], st=st, width=content_width()),
    ]


def cover_story(case: CaseFile, st: Styles) -> list[Flowable]:
    """卷宗封面: what is written on the folder."""
    rows = [
        ("卷号", case.dossier_no),
        ("案由", f"{case.dispute_type}纠纷"),
        ("当事人", "、".join(p.name for p in case.parties)),
        ("调解员", "、".join(case.mediators)),
        ("受理日期", chinese_date(case.accepted_on or case.registered_on)),
        ("结案日期", chinese_date(case.closed_on)),
        ("调解结果", case.state_label),
        ("保管期限", "长期"),
    ]
    return [
        gap(30),
        para(case.committee_name, st.subtitle),
        gap(6),
        para("人民调解卷宗", st.title),
        gap(20),
        _fields(rows, st),
    ]


def paper_story(case: CaseFile, paper: Paper, st: Styles) -> list[Flowable]:
    """The story of one paper (the agreement through its own module)."""
    if isinstance(paper, WrittenAgreement):
        return agreement_story(case, paper, st)
    if isinstance(paper, RightsNotice):
        return rights_notice_story(case, paper, st)
    if isinstance(paper, Investigation):
        return investigation_story(case, paper, st)
    if isinstance(paper, SessionRecord):
        return session_story(case, paper, st)
    if isinstance(paper, OralAgreement):
        return oral_agreement_story(case, paper, st)
    if isinstance(paper, JudicialConfirmation):
        return confirmation_story(case, paper, st)
    if isinstance(paper, FollowUp):
        return follow_up_story(case, paper, st)
    if isinstance(paper, ClosingReport):
        return closing_story(case, paper, st)
    raise ValueError(f"no form for {paper.kind}")


def paper_pdf(case: CaseFile, paper: Paper) -> bytes:
    return render_pdf(
        paper_story(case, paper, styles()), title=f"{paper.kind.label} {case.dossier_no}"
    )


def intake_pdf(case: CaseFile) -> bytes:
    return render_pdf(intake_story(case, styles()), title=f"受理登记表 {case.dossier_no}")


def dossier_pdf(case: CaseFile) -> bytes:
    """The whole dossier: cover, intake register, then every paper in filing order."""
    st = styles()
    story: list[Flowable] = [*cover_story(case, st), PageBreak(), *intake_story(case, st)]
    for kind in PaperKind:
        for paper in case.papers_of(kind):
            story += [PageBreak(), *paper_story(case, paper, st)]
    story += [PageBreak(), para("办理过程", st.title), gap(3)]
    rows = [["日期", "事项", "经办人", "内容"]]
    rows += [[chinese_date(on), label, who, detail] for on, label, who, detail in case.events]
    width = content_width()
    story.append(grid_table(rows, [32 * mm, 26 * mm, 24 * mm, width - 82 * mm], st=st))
    return render_pdf(story, title=f"人民调解卷宗 {case.dossier_no}")
