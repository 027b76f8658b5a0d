"""Make the fallback fonts of resources/fonts/ (printing/font_fallback.py) from Debian's fonts.

    apt-get download fonts-hanazono fonts-babelstone-han
    dpkg-deb -x fonts-hanazono_*.deb x && dpkg-deb -x fonts-babelstone-han_*.deb x
    pip install fonttools          # only for this script, not a dependency of the program
    python scripts/make_fallback_fonts.py x/usr/share/fonts/truetype

Each fallback keeps only the CJK ideographs (every block of
``domain.names.HAN_RANGES``, with 〇 and the middle dots) that the main font
(wqy-microhei.ttf) and the fallbacks before it lack, so no glyph is shipped
twice. The subsets are renamed ("Sanzhi … Extra"): Hanazono is taken under
its own Hanazono Font License (free to modify and redistribute), BabelStone
Han under the Arphic Public License (derivatives under the same licence);
both licences are in resources/fonts/. Outlines are unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sanzhi_desktop.domain.names import HAN_RANGES, NAME_DOTS, NAME_IDEOGRAPH_LIKE  # noqa: E402

SOURCES = (
    ("hanazono/HanaMinA.ttf", "hanazono-a-extra.ttf", "Sanzhi Hanazono Extra A"),
    ("hanazono/HanaMinB.ttf", "hanazono-b-extra.ttf", "Sanzhi Hanazono Extra B"),
    ("babelstone/BabelStoneHan.ttf", "babelstone-han-extra.ttf", "Sanzhi BabelStone Han Extra"),
)


def wanted() -> list[int]:
    points = [p for low, high in HAN_RANGES for p in range(low, high + 1)]
    return points + [ord(c) for c in NAME_IDEOGRAPH_LIKE | NAME_DOTS]


def rename(font: TTFont, family: str) -> None:
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 3, 4, 16, 17, 18, 21, 22):
            names.removeNames(nameID=record.nameID)
    names.setName(family, 1, 3, 1, 0x409)
    names.setName(family, 4, 3, 1, 0x409)
    names.setName(family.replace(" ", ""), 6, 3, 1, 0x409)
    names.setName(f"{family} (subset for sanzhi-desktop)", 3, 3, 1, 0x409)


def main(source_root: Path) -> None:
    fonts = REPO / "resources" / "fonts"
    have = set(TTFont(fonts / "wqy-microhei.ttf").getBestCmap())
    for source, target, family in SOURCES:
        font = TTFont(source_root / source)
        cmap = font.getBestCmap()
        points = [p for p in wanted() if p not in have and p in cmap]
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.drop_tables += ["FFTM"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=points)
        subsetter.subset(font)
        rename(font, family)
        font.save(fonts / target)
        have.update(points)
        print(f"{target}: {len(points)} characters, {(fonts / target).stat().st_size} bytes")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
