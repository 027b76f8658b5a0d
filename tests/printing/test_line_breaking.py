"""Chinese line breaking (禁则): what a line may start and end with, at every width."""

from __future__ import annotations

import pytest
from reportlab.platypus import Paragraph

from sanzhi_desktop.printing.line_breaking import (
    NO_LINE_END,
    NO_LINE_START,
    allowed_break,
    split_lines,
)
from sanzhi_desktop.printing.sheet import escape, para, styles

TEXT = (
    "经村民代表会议讨论，同意将村集体机动地（约12.5亩）对外发包，"
    "发包期限为5年；承包费每年每亩600元，于每年12月31日前交清。"
    "如有异议，请于公示期内向村务监督委员会（电话：0916-6883996）反映！"
    "“公开”一词，指张贴于村务公开栏。"
)


def line_texts(paragraph: Paragraph, width: float) -> list[str]:
    paragraph.wrap(width, 10_000)
    lines = paragraph.blPara.lines
    if paragraph.blPara.kind == 0:  # reportlab's one-style lines: (space, [text])
        return ["".join(words) for _, words in lines]
    return ["".join(w.text for w in line.words) for line in lines]


def broken_rules(lines: list[str]) -> list[str]:
    bad = [line for line in lines[1:] if line and line[0] in NO_LINE_START]
    bad += [line for line in lines[:-1] if line and line[-1] in NO_LINE_END]
    return bad


@pytest.mark.parametrize("width", range(60, 420, 11))
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(width: int) -> None:
    st = styles()
    lines = line_texts(para(TEXT, st.body), width)
    assert broken_rules(lines) == []
    assert "".join(lines) == TEXT  # nothing lost or doubled
    assert all(line != "。" for line in lines)


def test_the_rules_fail_reportlabs_own_wrapping_somewhere() -> None:
    # The check above can fail: plain reportlab breaks before "，" at some width.
    st = styles()
    offending = [
        w
        for w in range(60, 420, 11)
        if broken_rules(line_texts(Paragraph(escape(TEXT), st.body), w))
    ]
    assert offending


@pytest.mark.parametrize("width", range(60, 420, 11))
def test_lines_stay_inside_their_width(width: int) -> None:
    st = styles()
    paragraph = para(TEXT, st.body)
    paragraph.wrap(width, 10_000)
    for line in paragraph.blPara.lines:
        extra = line[0] if paragraph.blPara.kind == 0 else line.extraSpace
        assert extra >= -0.01  # the line's text is no wider than the line


def test_numbers_and_phone_numbers_stay_whole() -> None:
    st = styles()
    # from the width where "0916-6883996，" fits on a line (≈ 81 pt at 11 pt)
    for width in range(85, 300, 7):
        lines = line_texts(para("监督电话0916-6883996，截止2026.5.12日", st.body), width)
        joined = "|".join(lines)
        assert "0916-6883996" in joined and "2026.5.12" in joined


def test_a_forced_break_stays_a_break() -> None:
    st = styles()
    assert line_texts(para("村务监督委员会\n（盖章）", st.body), 400) == [
        "村务监督委员会",
        "（盖章）",
    ]


def test_split_lines_moves_the_character_before_a_comma_down() -> None:
    chars = list("一二三四，五六")
    lines = split_lines(chars, [1.0] * len(chars), [4.0])
    assert ["".join(chars[a:b]) for a, b in lines] == ["一二三", "四，五六"]


def test_a_paragraph_does_not_end_with_one_character_alone() -> None:
    chars = list("门前长期堆放建筑垃圾")
    lines = split_lines(chars, [1.0] * len(chars), [9.0])
    assert ["".join(chars[a:b]) for a, b in lines] == ["门前长期堆放建筑", "垃圾"]


def test_allowed_break_refuses_inside_a_word_and_after_an_opening_bracket() -> None:
    assert not allowed_break("A3纸", 1)  # between "A" and "3"
    assert not allowed_break("（盖章", 1)
    assert not allowed_break("同意。", 2)
    assert allowed_break("同意公开", 2)
