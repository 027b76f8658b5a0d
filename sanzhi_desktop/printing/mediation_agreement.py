"""人民调解协议书: the written agreement, laid out as the form clerks know (GLOSSARY).

Number, each party with the details the law asks for (人民调解法 art. 29:
name, sex, ethnicity, age, occupation, address, contact; organisations: name
and representative), facts and matters in dispute, "经调解，自愿达成如下协议："
with numbered terms, manner, place and time of performance, the copies
sentence, signature or fingerprint lines for parties, mediators and recorder,
the committee's seal and the date. This is the only printed paper that shows
a party's address and contact.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from sanzhi_desktop.domain.mediation_papers import CaseFile, PartyDetail, WrittenAgreement
from sanzhi_desktop.printing.sheet import (
    FONT_NAME,
    Styles,
    chinese_date,
    content_width,
    gap,
    keep,
    para,
    render_pdf,
    seal_box,
    signature_lines,
    styles,
)


def party_line(party: PartyDetail) -> str:
    """One party as the agreement states it."""
    if party.kind == "organisation":
        return (
            f"当事人（{party.role}）：{party.name}，法定代表人（负责人）：{party.representative}"
            + (f"，住所：{party.address}" if party.address else "")
            + (f"，联系方式：{party.contact}" if party.contact else "")
        )
    parts = [
        party.sex,
        party.ethnicity,
        party.age_text,
        party.occupation,
        f"住址：{party.address}" if party.address else "",
        f"联系方式：{party.contact}" if party.contact else "",
    ]
    return f"当事人（{party.role}）：{party.name}，" + "，".join(p for p in parts if p)


def agreement_story(case: CaseFile, agreement: WrittenAgreement, st: Styles) -> list[Flowable]:
    width = content_width()
    story: list[Flowable] = [
        para("人民调解协议书", st.title),
        gap(2),
        para(case.dossier_no, st.subtitle),
        gap(4),
    ]
    for party in case.parties:
        story.append(para(party_line(party), st.body))
    story += [
        gap(3),
        para(f"纠纷类型：{case.dispute_type}", st.body),
        para("纠纷主要事实、争议事项及各方责任：", st.heading),
        para(agreement.facts, st.body),
        gap(2),
        para("经调解，自愿达成如下协议：", st.heading),
    ]
    for n, term in enumerate(agreement.terms, start=1):
        story.append(para(f"{n}. {term}", st.body))
    story += [
        gap(2),
        para(f"履行方式：{agreement.performance_manner}", st.body),
        para(f"履行地点：{agreement.performance_place or '—'}", st.body),
        para(f"履行期限：{chinese_date(agreement.performance_due) or '—'}", st.body),
        gap(2),
        para(
            f"本协议一式{agreement.copies}份，当事人各执一份，人民调解委员会留存一份。"
            "本协议自各方当事人签名（盖章或按指印）、人民调解员签名并加盖人民调解委员会印章之日起生效。",
            st.body,
        ),
        gap(4),
    ]
    labels = [f"{p.role} {p.name}" for p in case.parties]
    labels += [f"调解员 {name}" for name in case.mediators] or ["调解员"]
    labels.append(f"记录人 {agreement.recorder}".strip())
    seal = Table(
        [
            [
                seal_box(f"{case.committee_name}（盖章）", st=st, width=70 * mm),
                para(chinese_date(agreement.on), st.body),
            ]
        ],
        colWidths=[width * 0.55, width * 0.45],
    )
    seal.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    note = para("当事人签名（盖章）或按指印，人民调解员、记录人签名：", st.body)
    story.append(keep(note, signature_lines(labels, st=st, width=width), gap(6), seal))
    return story


def agreement_pdf(case: CaseFile, agreement: WrittenAgreement) -> bytes:
    st = styles()
    return render_pdf(
        agreement_story(case, agreement, st), title=f"人民调解协议书 {case.dossier_no}"
    )
