"""设置 → 关于: who this office is and the technical facts behind the program.

The site id, the schema number, the versions and the number of records per
table are what a helper on the telephone or the town's technician asks
for, not what a clerk works with, so they moved here from the home page
(UI.md: "Technical facts … live under 设置 → 关于"). The record counts read
every table (a town's hundreds of thousands of rows) and are filled only
when the tab is first shown.
"""

from __future__ import annotations

import platform
from typing import Any

import PySide6
from PySide6.QtCore import qVersion
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.widgets import format_date, value_label
from sanzhi_desktop.services import info

#: Tables listed even when empty (the rest appear once they hold a record).
ALWAYS_COUNTED = frozenset({"households", "persons", "changes"})


class AboutSection(QScrollArea):
    """The 关于 tab of the settings page."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("aboutSection")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)

        office_box = QGroupBox(self.tr("This office"), body)
        office_form = QFormLayout(office_box)
        tech_box = QGroupBox(self.tr("Program and data file"), body)
        tech_form = QFormLayout(tech_box)
        self.labels: dict[str, QLabel] = {}
        for form, key, label in (
            (office_form, "name", self.tr("Name")),
            (office_form, "kind", self.tr("Kind")),
            (office_form, "code", self.tr("Division code")),
            (office_form, "town_name", self.tr("Town")),
            (office_form, "supervision_phone", self.tr("Village supervision phone")),
            (office_form, "town_supervision_phone", self.tr("Town supervision phone")),
            (office_form, "created_at", self.tr("Set up on")),
            (tech_form, "app_version", self.tr("Program version")),
            (tech_form, "schema_version", self.tr("Data version")),
            (tech_form, "site_id", self.tr("Site id")),
            (tech_form, "database", self.tr("Data file")),
            (tech_form, "platform", self.tr("System")),
        ):
            self.labels[key] = value_label(body, f"about_{key}")
            self.labels[key].setWordWrap(True)
            form.addRow(label, self.labels[key])
        self.counts_box = QGroupBox(self.tr("Records kept"), body)
        self.counts_form = QFormLayout(self.counts_box)
        column.addWidget(office_box)
        column.addWidget(tech_box)
        column.addWidget(self.counts_box)
        column.addStretch(1)
        self.setWidget(body)
        self.count_labels: dict[str, QLabel] = {}
        self._counts_loaded = False
        self.refresh_identity()

    @property
    def counts_loaded(self) -> bool:
        return self._counts_loaded

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_identity()
        self.refresh_counts()

    def refresh_identity(self) -> None:
        """The profile, versions, site id and file: a few small reads."""
        data: dict[str, Any] = info.office_identity(self.ctx.session)
        profile = data["profile"] or {}
        values = {
            "name": profile.get("name", ""),
            "kind": OfficeKind(profile["kind"]).label if profile.get("kind") else "",
            "code": profile.get("code", ""),
            "town_name": profile.get("town_name", ""),
            "supervision_phone": profile.get("supervision_phone") or "—",
            "town_supervision_phone": profile.get("town_supervision_phone") or "—",
            "created_at": format_date(profile.get("created_at", "")),
            "app_version": str(data["app_version"]),
            "schema_version": str(data["schema_version"]),
            "site_id": str(data["site_id"]),
            "database": str(data["database"]),
            "platform": f"Python {platform.python_version()} · Qt {qVersion()} · "
            f"PySide6 {PySide6.__version__} · {platform.system()} {platform.release()}",
        }
        for key, value in values.items():
            self.labels[key].setText(value)

    def refresh_counts(self) -> None:
        """Live records per table, under the tables' Chinese names."""
        from sanzhi_desktop.services import changelog

        self._counts_loaded = True
        data: dict[str, Any] = info.office_counts(self.ctx.session)
        names = changelog.table_labels()
        counts = {**data["counts"], "changes": data["changes"]}
        for key, count in counts.items():
            if not count and key not in self.count_labels and key not in ALWAYS_COUNTED:
                continue  # e.g. a catalogue the town has not sent: nothing to report
            if key not in self.count_labels:
                label = self.tr("Changes in the log") if key == "changes" else names.get(key, key)
                self.count_labels[key] = value_label(self.counts_box, f"count_{key}")
                self.counts_form.addRow(label, self.count_labels[key])
            self.count_labels[key].setText(f"{count:,}")
