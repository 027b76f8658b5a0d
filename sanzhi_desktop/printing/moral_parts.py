"""Pieces the moral-governance sheets share: the closing notice and the seal boxes.

Every public list ends the same way (GLOSSARY "Printed forms"): the
publicity period, where to object, the bodies that sign and the seal boxes.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from sanzhi_desktop.printing.sheet import (
    Styles,
    chinese_date,
    gap,
    para,
    seals_row,
)


def group_label(group_no: int) -> str:
    return f"{group_no}组"


def closing_block(
    *,
    st: Styles,
    width: float,
    posted_date: str,
    publicity_days: int,
    objection_channel: str,
    seals: Sequence[str],
) -> list[Flowable]:
    """公示期 and 异议 lines, the seal boxes side by side, and the date.

    A list for :func:`sheet.with_ending`, which keeps it on one page with the
    last rows of the sheet's table.
    """
    lines: list[Flowable] = [gap(6 * st.scale)]
    if posted_date:
        lines.append(
            para(
                f"公示期：自{chinese_date(posted_date)}起{publicity_days}天。",
                st.body,
            )
        )
    lines.append(para(objection_channel, st.body))
    lines.append(gap(4 * st.scale))
    lines.append(seals_row(list(seals), st=st, width=width))
    if posted_date:
        lines.append(gap(3 * st.scale))
        lines.append(para(chinese_date(posted_date), st.cell_right))
    return lines
