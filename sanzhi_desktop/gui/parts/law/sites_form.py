"""The fields of a 法治阵地: its name, outdoor area and the service points it has."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.law_registers import SERVICE_POINTS, Site
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class SiteForm(QObject):
    def fields(self, site: Site | None = None) -> list[FieldSpec]:
        return [
            FieldSpec("name", self.tr("Site name"), value=site.name if site else None),
            FieldSpec(
                "outdoor_area_m2",
                self.tr("Outdoor area (m²)"),
                FieldKind.NUMBER,
                site.outdoor_area_m2 if site else 0,
                maximum=1_000_000,
            ),
            FieldSpec(
                "services",
                self.tr("Service points"),
                FieldKind.CHECKS,
                site.service_list() if site else [],
                SERVICE_POINTS,
            ),
            FieldSpec("note", self.tr("Note"), value=site.note if site else None),
        ]


def site_from(values: dict[str, Any], site_id: str = "") -> Site:
    return Site(
        name=values["name"],
        outdoor_area_m2=int(values["outdoor_area_m2"]),
        note=values["note"],
        id=site_id,
    )
