"""问题墙+回音壁 sheet: the problems raised and the answers given, A4 landscape.

The person who raised a problem is printed as surname + 某 (the record keeps
the full name for the clerk); overdue items say so. An answer reaches the
回音壁 column only once it was posted there: until then the row says the
problem is in hand, so the wall never shows an answer nobody approved.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from sanzhi_desktop.domain.issue_wall import IssueItem, IssueStatus, is_overdue, public_name
from sanzhi_desktop.domain.masking import scrub_identifiers
from sanzhi_desktop.domain.office import OfficeProfile
from sanzhi_desktop.printing.notice_sheet import closing_lines
from sanzhi_desktop.printing.sheet import (
    chinese_date,
    content_width,
    gap,
    grid_table,
    page_scale,
    para,
    render_pdf,
    styles,
    with_ending,
)


def _short(iso: str) -> str:
    """``2026-05-12`` → ``2026.5.12``: fits a narrow column on one line."""
    if not iso:
        return ""
    year, month, day = iso[:10].split("-")
    return f"{year}.{int(month)}.{int(day)}"


def issue_wall_pdf(
    items: list[IssueItem], *, profile: OfficeProfile, page: str = "A4-landscape", today: date
) -> bytes:
    st = styles(base_size=10, scale=page_scale(page))
    width = content_width(page)
    header = [
        "序号",
        "类别",
        "反映问题",
        "反映人",
        "反映日期",
        "责任人",
        "办理期限",
        "办理措施",
        "办理结果（回音壁）",
        "状态",
    ]
    widths = [10, 18, 52, 14, 22, 16, 22, 40, 52, 18]
    scale = width / (sum(widths) * mm)
    rows = [header]
    for number, item in enumerate(items, start=1):
        state = IssueStatus(item.status).label
        if is_overdue(item, today):
            state = "已逾期"
        rows.append(
            [
                str(number), item.category, scrub_identifiers(item.content),
                public_name(item.raised_by), _short(item.raised_on), item.responsible,
                _short(item.deadline), scrub_identifiers(item.measures),
                scrub_identifiers(item.feedback) if item.status == IssueStatus.POSTED else "",
                state,
            ]
        )  # fmt: skip
    story: list[Flowable] = [
        para(f"{profile.name}问题墙·回音壁", st.title),
        para(f"（截至{chinese_date(today.isoformat())}，共{len(items)}条）", st.subtitle),
        gap(3 * st.scale),
        with_ending(
            grid_table(
                rows,
                [w * mm * scale for w in widths],
                st=st,
                align=["c", "c", "l", "c", "c", "c", "c", "l", "l", "c"],
            ),
            [gap(4 * st.scale), *closing_lines(profile, end=None, st=st)],
        ),
    ]
    return render_pdf(story, title=f"{profile.name}问题墙·回音壁", page=page)
