"""A notice as posted on the board: title, text, basis, review, seals, objection channel.

A4 by default; A3 for the board itself (the same layout, larger type). The
supervision phones and the objection sentence come from the office profile.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.domain.notices import Notice, objection_sentence
from sanzhi_desktop.domain.office import OfficeProfile
from sanzhi_desktop.printing.sheet import (
    Styles,
    chinese_date,
    content_width,
    gap,
    keep,
    page_scale,
    para,
    render_pdf,
    seals_row,
    styles,
)

__all__ = ["closing_lines", "notice_pdf", "seals_row"]


def closing_lines(profile: OfficeProfile, *, end: date | None, st: Styles) -> list[Flowable]:
    """The objection sentence and the supervision phones, as every public sheet ends."""
    return [
        para(
            objection_sentence(
                village_phone=profile.supervision_phone,
                town_phone=profile.town_supervision_phone,
                town_name=profile.town_name,
                end=end,
            ),
            st.body,
        ),
        para(
            f"监督电话：村务监督委员会 {profile.supervision_phone or '—'}；"
            f"{profile.town_name}纪委 {profile.town_supervision_phone or '—'}",
            st.small,
        ),
    ]


def notice_pdf(notice: Notice, *, profile: OfficeProfile, page: str = "A4") -> bytes:
    st = styles(scale=page_scale(page))
    width = content_width(page)
    end = notice.publicity_end()
    story: list[Flowable] = [
        para(scrub_identifiers(notice.title), st.title),
        para(f"【{notice.category}公开】", st.subtitle),
        gap(6 * st.scale),
        para(scrub_identifiers(notice.body), st.body),
        gap(4 * st.scale),
    ]
    if notice.basis:
        story.append(para(f"公开依据：{scrub_identifiers(notice.basis)}", st.small))
    if notice.attachment_list():
        story.append(para("附件：" + "、".join(notice.attachment_list()), st.small))
    if notice.posted_date:
        until = chinese_date(end.isoformat() if end else "")
        period = f"公示期：{chinese_date(notice.posted_date)}至{until}"
        story.append(
            para(
                f"公开日期：{chinese_date(notice.posted_date)}　{period}"
                f"（{notice.publicity_days}天）",
                st.body,
            )
        )
    if notice.reviewer:
        story.append(
            para(
                f"村务监督委员会审核意见：{notice.review_opinion}（审核人：{notice.reviewer}，"
                f"{chinese_date(notice.review_date)}）",
                st.body,
            )
        )
    if notice.supersedes:
        story.append(para("本公开为更正公开，原公开内容作废，以本公开为准。", st.body))
    story.append(gap(4 * st.scale))
    story.append(
        keep(
            *closing_lines(profile, end=end, st=st),
            gap(6 * st.scale),
            seals_row(
                ["村务监督委员会（盖章）", f"{profile.name}村民委员会（盖章）"], st=st, width=width
            ),
            para(chinese_date(notice.posted_date or notice.created_on), st.subtitle),
        )
    )
    return render_pdf(story, title=notice.title, page=page)
