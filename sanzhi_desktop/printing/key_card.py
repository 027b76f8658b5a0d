"""密钥卡: an office's public keys on paper, with the fingerprint in very large digits.

Enrolment is the one moment sync trust is made (DESIGN.md §3): the clerk of
the town and the clerk of the village each read the 20-digit fingerprint
aloud, group by group, and compare it with the one on the other's screen. A
printed card lets that happen across a desk or over the phone without both
PCs side by side, and the signed card stays in the file as the record of who
compared it and when. The card holds only public keys: nothing on it is secret.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle

from sanzhi_desktop.printing.sheet import (
    BLACK,
    FONT_NAME,
    chinese_date,
    content_width,
    gap,
    grid_table,
    para,
    register_font,
    render_pdf,
    signature_lines,
    styles,
)

#: The fingerprint's type size: large enough to read at arm's length.
FINGERPRINT_SIZE = 34.0
KIND_LABELS = {"village": "村", "town": "镇（乡）"}

READ_ALOUD = (
    "登记时，请两个单位的经办人把指纹一组一组大声读出，与对方电脑上显示的指纹逐位对比，"
    "20位数字全部一致才能登记。有一位不同，就不要登记，请当面重新制作和交换密钥卡。"
)
ABOUT = (
    "本卡只含公钥，不含任何秘密，丢失了也不会泄露数据。"
    "村里登记本镇的密钥卡，镇里登记所辖各村的密钥卡；登记后，同步文件只有对方能打开，"
    "也只接受对方签名的文件。"
)


@dataclass(frozen=True)
class KeyCardSheet:
    """What the card shows (from ``sync.cards.Card`` and the office profile)."""

    office_name: str
    code: str
    kind: str  # "village" | "town"
    town_name: str
    age_recipient: str
    minisign_public_key: str
    fingerprint: str  # "1234 5678 9012 3456 7890"
    printed_on: str  # ISO date

    @property
    def groups(self) -> list[str]:
        return self.fingerprint.split()

    @property
    def title(self) -> str:
        return f"{self.office_name}同步密钥卡"


def _fingerprint_table(groups: list[str], *, width: float) -> Table:
    """One boxed cell per group of four digits, in type as large as the page allows."""
    font = register_font()
    column = width / max(len(groups), 1)
    widest = max((stringWidth(g, font, FINGERPRINT_SIZE) for g in groups), default=0.0)
    size = (
        FINGERPRINT_SIZE
        if widest <= column - 8 * mm
        else FINGERPRINT_SIZE * (column - 8 * mm) / widest
    )
    style = ParagraphStyle(
        "fingerprint",
        fontName=font,
        fontSize=size,
        leading=size * 1.25,
        alignment=TA_CENTER,
        textColor=BLACK,
    )
    table = Table(
        [[para(group, style) for group in groups]],
        colWidths=[column] * len(groups),
        rowHeights=[size * 1.25 + 8 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                ("BOX", (0, 0), (-1, -1), 1.2, BLACK),
                ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    return table


def key_card_pdf(card: KeyCardSheet) -> bytes:
    """The A4 card: who, the fingerprint, the keys as text, how to compare, a signature line."""
    st = styles(base_size=11)
    width = content_width()
    kind = KIND_LABELS.get(card.kind, card.kind)
    about = [
        ["单位名称", card.office_name, "单位代码", card.code],
        ["类别", kind, "所属镇（乡）", card.town_name or "—"],
        ["打印日期", chinese_date(card.printed_on), "", ""],
    ]
    story: list[Flowable] = [
        para(card.title, st.title),
        para("（用于乡镇与村之间的同步文件：加密与签名的公钥）", st.subtitle),
        gap(5),
        grid_table(
            about,
            [width * 0.16, width * 0.34, width * 0.18, width * 0.32],
            st=st,
            header_rows=0,
            align=["c", "l", "c", "l"],
            extra=[("SPAN", (1, 2), (3, 2))],
        ),
        gap(8),
        para("指纹（登记时请逐组读出核对）", st.heading),
        gap(2),
        _fingerprint_table(card.groups, width=width),
        gap(4),
        para(READ_ALOUD, st.body),
        gap(6),
        para("加密公钥（age）", st.heading),
        para(card.age_recipient, st.body),
        gap(3),
        para("签名公钥（minisign）", st.heading),
        para(card.minisign_public_key, st.body),
        gap(4),
        para(ABOUT, st.small),
        gap(10),
        signature_lines(["对比人签字", "对方单位对比人签字"], st=st, width=width),
    ]
    return render_pdf(story, title=card.title, page_numbers=False)
