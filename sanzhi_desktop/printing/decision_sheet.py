"""The 四议两公开 register: one sheet per step, in the order the steps were held.

Meetings (1–4) record motion source, matter, date, form, expected / present /
ratio, approvals, content and outcome, with signature lines; the two
disclosures (5–6) add what was posted, when, and the supervision remarks.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from sanzhi_desktop.domain.decisions import STEP_NAMES, Decision, DecisionStep, ratio_text
from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.domain.notices import Notice
from sanzhi_desktop.domain.office import OfficeProfile
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    para,
    render_pdf,
    seals_row,
    signature_lines,
    styles,
)


def decision_pdf(
    decision: Decision,
    steps: list[DecisionStep],
    *,
    profile: OfficeProfile,
    notices: dict[int, Notice] | None = None,
    draft: bool = False,
) -> bytes:
    """The register; ``draft`` when a disclosure step's notice is not yet approved.

    A draft register is marked on every page and leaves the supervision
    remarks of its disclosure steps blank: it claims no approval it lacks.
    """
    st = styles()
    width = content_width()
    label_w = 34 * mm
    story: list[Flowable] = []
    shown = steps or [DecisionStep(decision_id=decision.id, step=1)]
    for index, step in enumerate(shown):
        if index:
            story.append(PageBreak())
        name = STEP_NAMES[step.step - 1]
        if step.merged:
            name = "党支部提议、两委会商议（合并进行）"
        story += [
            para(f"{profile.name}“四议两公开”工作记录", st.title),
            para(f"第{step.step}步　{name}", st.subtitle),
            gap(4),
        ]
        rows: list[list[str]] = [
            ["事项名称", decision.title],
            ["提议来源", decision.source],
            ["日期", chinese_date(step.held_on)],
            ["形式", step.form],
        ]
        if step.is_meeting:
            rows += [
                ["应到人数", str(step.expected)],
                ["实到人数", f"{step.present}（到会率{ratio_text(step.present, step.expected)}）"],
                ["同意人数", str(step.approve)],
                ["会议内容", scrub_identifiers(step.content)],
                ["结果", scrub_identifiers(step.outcome)],
            ]
        else:
            notice = (notices or {}).get(step.step)
            rows += [
                ["公开内容", scrub_identifiers(step.content)],
                ["公开标题", notice.title if notice else ""],
                ["公开日期", chinese_date(notice.posted_date) if notice else ""],
                ["监督意见", "" if draft else scrub_identifiers(step.remarks)],
            ]
        if step.is_meeting and step.remarks:
            rows.append(["备注", scrub_identifiers(step.remarks)])
        story.append(
            grid_table(rows, [label_w, width - label_w], st=st, header_rows=0, align=["c", "l"])
        )
        story.append(gap(6))
        signers = ["主持人", "记录人"] if step.is_meeting else ["村务监督委员会主任", "经办人"]
        story.append(signature_lines(signers, st=st, width=width))
        if not step.is_meeting:
            story += [
                gap(4),
                seals_row(
                    ["村务监督委员会（盖章）", f"{profile.name}村民委员会（盖章）"],
                    st=st,
                    width=width,
                ),
            ]
    return render_pdf(story, title=f"四议两公开：{decision.title}", draft=draft)
