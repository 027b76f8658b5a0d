"""演示数据: a believable village (and town) generated into fresh data files.

``village`` writes the office and its roster, then each part's module here
(``boards``, ``moral``, ``mediation``, … — see :func:`village.demo_extensions`)
adds its years of records; ``town`` makes a township whose demo villages have
exchanged sync files; ``names`` holds the surnames and given names they draw on.
The package re-exports what callers use, so ``services.demo.create_demo_village``
keeps its name.
"""

from __future__ import annotations

from sanzhi_desktop.services.demo.village import (
    DemoSummary,
    create_demo_village,
    demo_extensions,
)

__all__ = ["DemoSummary", "create_demo_village", "demo_extensions"]
