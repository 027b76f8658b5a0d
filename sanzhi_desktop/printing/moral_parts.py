"""Pieces the moral-governance sheets share: the closing notice and the seal boxes.

Every public list ends the same way (GLOSSARY "Printed forms"): the
publicity period, where to object, the bodies that sign and the seal boxes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from sanzhi_desktop.printing.sheet import (
    FONT_NAME,
    Styles,
    chinese_date,
    gap,
    keep,
    para,
    seal_box,
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
) -> Flowable:
    """公示期 and 异议 lines, the seal boxes side by side, and the date; kept on one page."""
    lines: list[Any] = []
    if posted_date:
        lines.append(
            para(
                f"公示期：自{chinese_date(posted_date)}起{publicity_days}天。",
                st.body,
            )
        )
    lines.append(para(objection_channel, st.body))
    lines.append(gap(4))
    box_width = min(55 * mm, width / max(len(seals), 1) - 6 * mm)
    boxes = Table(
        [[seal_box(label, st=st, width=box_width) for label in seals]],
        colWidths=[width / max(len(seals), 1)] * len(seals),
    )
    boxes.setStyle(
        TableStyle(
            [("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("ALIGN", (0, 0), (-1, -1), "CENTER")]
        )
    )
    lines.append(boxes)
    if posted_date:
        lines.append(gap(3))
        lines.append(para(chinese_date(posted_date), st.cell_right))
    return keep(*lines)
