"""The fields of a 党员示范岗: the post, the member holding it, duties, the day it was set."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from sanzhi_desktop.domain.party_targets import ModelPost
from sanzhi_desktop.gui.kit.form_fields import FieldKind, FieldSpec


class PostForm(QObject):
    def new(self, members: list[tuple[str, str]]) -> list[FieldSpec]:
        return [
            FieldSpec(
                "post",
                self.tr("Post"),
                FieldKind.EDITABLE_CHOICE,
                "",
                ["环境卫生示范岗", "矛盾调解示范岗", "政策宣传示范岗", "产业发展示范岗"],
            ),
            FieldSpec("member_id", self.tr("Member"), FieldKind.PERSON, choices=members),
            FieldSpec("duties", self.tr("Duties"), FieldKind.LONG_TEXT),
            FieldSpec("set_date", self.tr("Set on"), FieldKind.DATE),
        ]

    def end(self) -> list[FieldSpec]:
        return [FieldSpec("ended_date", self.tr("Ended on"), FieldKind.DATE)]


def post_from(values: dict[str, Any]) -> ModelPost:
    return ModelPost(
        post=values["post"],
        member_id=str(values["member_id"] or ""),
        duties=values["duties"],
        set_date=values["set_date"].isoformat(),
    )
