"""The fields of the branch's facts: its name, secretary, committee chair, 一肩挑."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party import Branch
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class BranchForm(QObject):
    def fields(self, branch: Branch | None, village: str) -> list[FieldSpec]:
        return [
            FieldSpec(
                "branch_name",
                self.tr("Party organisation"),
                value=branch.branch_name if branch else f"中共{village}支部委员会",
            ),
            FieldSpec(
                "secretary", self.tr("Party secretary"), value=branch.secretary if branch else ""
            ),
            FieldSpec("chair", self.tr("Committee chair"), value=branch.chair if branch else ""),
            FieldSpec(
                "dual_post",
                self.tr("One person, both posts"),
                FieldKind.FLAG,
                bool(branch.dual_post) if branch else False,
                placeholder=self.tr("一肩挑: the secretary is also the committee chair"),
            ),
            FieldSpec("note", self.tr("Note"), value=branch.note if branch else ""),
        ]


def branch_from(values: dict[str, Any]) -> Branch:
    return Branch(
        branch_name=values["branch_name"],
        secretary=values["secretary"],
        chair=values["chair"],
        dual_post=int(bool(values["dual_post"])),
        note=values["note"],
    )
