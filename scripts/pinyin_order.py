"""Write resources/names/pinyin_order.txt: the CJK ideographs in ICU's zh (pinyin) order.

SQL cannot ask a collator, so the roster's lazy lists sort by a stored key
(``domain.names.pinyin_sort_key``) built from each character's rank in this
file. The ranks come from the same collator the GUI's tables use
(QCollator, zh_CN, ICU bundled with Qt), so a list sorted in SQL and a list
sorted by the table's proxy agree. Run once when Qt's ICU changes:
``python scripts/pinyin_order.py``.
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QCollator, QLocale

#: The unified block and extension A: every ideograph a name in the roster is likely to use.
RANGES = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))
TARGET = Path(__file__).resolve().parent.parent / "resources" / "names" / "pinyin_order.txt"


def main() -> None:
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    chars = [chr(c) for low, high in RANGES for c in range(low, high + 1)]
    chars.sort(key=functools.cmp_to_key(collator.compare))
    lines = ["".join(chars[i : i + 64]) for i in range(0, len(chars), 64)]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chars)} characters → {TARGET}")


if __name__ == "__main__":
    main()
