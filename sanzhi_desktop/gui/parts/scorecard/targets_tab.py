"""考核目录: the items, their rules, weights and thresholds; the town edits them for its villages.

An edit is saved as the town's whole catalogue (``services.scorecard.save_catalogue``)
and reaches its villages in the next sync file; a village sees the town's
catalogue read-only (or the shipped default until the town sends one).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.scorecard import PARTS, TargetItem
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.services import scorecard


class TargetsTab(RecordTab):
    name = "targets"
    tables = frozenset({"scorecard_items"})

    @property
    def town(self) -> bool:
        profile = self.ctx.session.profile
        return profile is not None and profile.kind is OfficeKind.TOWN

    def title(self) -> str:
        return self.tr("Targets")

    def empty_text(self) -> str:
        return self.tr("The catalogue is empty.")

    def record_id(self, item: TargetItem) -> str:
        return item.code

    def columns(self) -> Sequence[Column]:
        return [
            Column("code", self.tr("Code"), lambda i: i.code),
            Column("part", self.tr("Part"), lambda i: i.part, labels=PARTS),
            Column("title", self.tr("Item"), lambda i: i.title),
            Column("target", self.tr("Target"), lambda i: i.target),
            Column("near", self.tr("Near from"), lambda i: f"{i.near_at:g}{i.unit}"),
            Column("weight", self.tr("Points"), lambda i: i.weight, ColumnKind.NUMBER),
            Column(
                "how",
                self.tr("Measured"),
                lambda i: self.tr("On site") if i.inspected else self.tr("From the records"),
            ),
        ]

    def load(self) -> list[TargetItem]:
        return scorecard.catalogue(self.ctx.session)

    def detail(self, item: TargetItem) -> Detail:
        fields = [
            (self.tr("Target"), item.target),
            (self.tr("Near from"), f"{item.near_at:g}{item.unit}"),
            (self.tr("Points"), f"{item.weight:g}"),
        ]
        if scorecard.is_default_catalogue(self.ctx.session):
            fields.append((self.tr("Catalogue"), self.tr("The program's default")))
        actions = []
        if self.town:
            actions.append(Action("editTarget", self.tr("Change…"), self.edit_selected))
        return Detail(item.title, fields, actions=actions)

    def edit_selected(self) -> FormDialog | None:
        item: TargetItem | None = self.selected_record()
        if item is None:
            return None

        def number(key: str, label: str, value: float, low: int = 0) -> FieldSpec:
            return FieldSpec(key, label, FieldKind.NUMBER, int(value), minimum=low, maximum=100_000)

        fields = [
            number("weight", self.tr("Points"), item.weight, 1),
            number("met_at", self.tr("Met at"), item.met_at),
            number("near_at", self.tr("Near from"), item.near_at),
            number("upper", self.tr("Upper bound (0: none)"), item.upper),
        ]

        def submit(v: dict[str, Any]) -> object:
            edited = replace(
                item,
                weight=float(v["weight"]),
                met_at=float(v["met_at"]),
                near_at=float(v["near_at"]),
                upper=float(v["upper"]),
                target_text="",
            )
            items = [
                edited if i.code == item.code else i for i in scorecard.catalogue(self.ctx.session)
            ]
            return scorecard.save_catalogue(self.ctx.session, items)

        return self.open_form(
            self.tr("Change {item}").format(item=item.title),
            fields,
            submit,
            note=self.tr("The change reaches the villages in the next sync files."),
        )
