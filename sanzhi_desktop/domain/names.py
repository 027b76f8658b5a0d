"""Pinyin order for people's names, with the surname readings collators miss.

Collators sort Chinese by the most common reading of each character, which is
wrong for some surnames: 曾 is Zēng (not céng), 单 is Shàn (not dān). Sorting
a name by :func:`collation_key_text` instead of the name itself replaces such
a surname by a common character with the surname's reading, so any pinyin
collator (QCollator zh_CN in the GUI) puts 曾 among the Z's.
"""

from __future__ import annotations

#: Every block of CJK ideographs Unicode has (to 16.0), by code point: the
#: unified block, extensions A–I, and the two compatibility blocks. People's
#: names use rare ones (𪚥 zhé, Ext. B; 𠇔 in Ext. B; …) that a public
#: security registry holds, so a name with one must be accepted, stored and
#: printed, not refused. Checked by hand, not by a regular expression: a
#: class over these ranges takes milliseconds to compile at every start.
HAN_RANGES = (
    (0x3400, 0x4DBF),  # Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xF900, 0xFAFF),  # Compatibility Ideographs
    (0x20000, 0x2A6DF),  # Extension B
    (0x2A700, 0x2B73F),  # Extension C
    (0x2B740, 0x2B81F),  # Extension D
    (0x2B820, 0x2CEAF),  # Extension E
    (0x2CEB0, 0x2EBEF),  # Extension F
    (0x2EBF0, 0x2EE5F),  # Extension I
    (0x2F800, 0x2FA1F),  # Compatibility Ideographs Supplement
    (0x30000, 0x3134F),  # Extension G
    (0x31350, 0x323AF),  # Extension H
)

#: Written in names like an ideograph: 〇 (líng, as in 李〇).
NAME_IDEOGRAPH_LIKE = frozenset("\u3007")

#: The middle dot of minority and foreign names (阿依古丽·买买提) as the input
#: methods type it: U+00B7, U+2022, U+2027, U+30FB, U+FF65; also the full stop
#: some clerks use instead.
NAME_DOTS = frozenset("\u00b7\u2022\u2027\u30fb\uff65\uff0e.")


def is_han(char: str) -> bool:
    """Whether ``char`` (one code point) is a CJK ideograph of any block, or 〇."""
    if char in NAME_IDEOGRAPH_LIKE:
        return True
    point = ord(char)
    return any(low <= point <= high for low, high in HAN_RANGES)


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


#: Where the ranks of the pinyin order start: above every Latin letter, digit and
#: punctuation mark, below the ideographs of the supplementary planes (Ext. B on),
#: which the order file does not hold and which therefore sort last, by code point.
_RANK_BASE = 0x10000
_PINYIN_RANKS: dict[str, int] | None = None


def _pinyin_ranks() -> dict[str, int]:
    """Each ideograph of the unified block and Ext. A → its place in pinyin order.

    The order is ICU's zh collation (the one QCollator uses in the GUI),
    written once by ``scripts/pinyin_order.py`` into ``resources/names``.
    """
    global _PINYIN_RANKS
    if _PINYIN_RANKS is None:
        from sanzhi_desktop.resource_files import resource_path

        text = resource_path("names", "pinyin_order.txt").read_text(encoding="utf-8")
        chars = text.replace("\n", "")
        _PINYIN_RANKS = {char: rank for rank, char in enumerate(chars)}
    return _PINYIN_RANKS


def pinyin_sort_key(text: str) -> str:
    """A key whose plain (binary) order is the pinyin order of ``text`` as a name.

    SQL cannot call a collator, so lists sorted in SQL (the roster's lazy
    pages) order by this key, stored per distinct text. Each ideograph
    becomes one code point above ``_RANK_BASE`` in its pinyin rank (after the
    surname readings of :func:`collation_key_text`); other characters keep
    their own code point, so digits and Latin letters come first, as a
    collator puts them. SQLite compares UTF-8 bytes, which keeps code-point order.
    """
    ranks = _pinyin_ranks()
    out = []
    for char in collation_key_text(text):
        rank = ranks.get(char)
        out.append(chr(_RANK_BASE + rank) if rank is not None else char.casefold())
    return "".join(out)
