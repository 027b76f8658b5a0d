"""Pinyin order for people's names, with the surname readings collators miss.

Collators sort Chinese by the most common reading of each character, which is
wrong for some surnames: 曾 is Zēng (not céng), 单 is Shàn (not dān). Sorting
a name by :func:`collation_key_text` instead of the name itself replaces such
a surname by a common character with the surname's reading, so any pinyin
collator (QCollator zh_CN in the GUI) puts 曾 among the Z's.
"""

from __future__ import annotations

#: Surname → a character whose common reading is the surname's reading.
SURNAME_READINGS = {
    "曾": "增",  # zēng
    "单": "善",  # shàn
    "仇": "求",  # qiú
    "区": "欧",  # ōu
    "查": "渣",  # zhā
    "解": "谢",  # xiè
    "朴": "嫖",  # piáo
    "盖": "葛",  # gě
    "华": "化",  # huà
    "任": "仁",  # rén
    "种": "虫",  # chóng
    "覃": "秦",  # qín
    "缪": "妙",  # miào
    "翟": "宅",  # zhái
    "乐": "月",  # yuè
    "召": "邵",  # shào
    "尉": "玉",  # yù (尉迟 excluded below)
    "纪": "几",  # jǐ
}

#: Two-character surnames are matched before the one-character table.
COMPOUND_SURNAMES = {"尉迟": "玉迟", "万俟": "莫奇", "单于": "蝉于"}


def collation_key_text(name: str) -> str:
    """Text to hand to a pinyin collator in place of ``name``."""
    for surname, reading in COMPOUND_SURNAMES.items():
        if name.startswith(surname):
            return reading + name[len(surname) :]
    if name and name[0] in SURNAME_READINGS:
        return SURNAME_READINGS[name[0]] + name[1:]
    return name
