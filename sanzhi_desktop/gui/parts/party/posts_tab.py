"""党员示范岗: the posts members hold (the plan asks for 3–5 in every village)."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.party_targets import ModelPost
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.party.choices import members
from sanzhi_desktop.gui.parts.party.posts_form import PostForm, post_from
from sanzhi_desktop.gui.widgets import MUTED_COLOR
from sanzhi_desktop.services import party_targets

ENDED = "ended"


class PostsTab(RecordTab):
    name = "partyPosts"
    tables = frozenset({"party_posts", "party_members"})

    def title(self) -> str:
        return self.tr("Model posts")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("In force"), [(self.tr("Including ended"), ENDED)])

    def columns(self) -> Sequence[Column]:
        return [
            Column("post", self.tr("Post"), lambda p: p.post),
            Column("name", self.tr("Member"), lambda p: p.name, ColumnKind.NAME),
            Column("set", self.tr("Set on"), lambda p: p.set_date, ColumnKind.DATE),
            Column("ended", self.tr("Ended on"), lambda p: p.ended_date, ColumnKind.DATE),
        ]

    def empty_text(self) -> str:
        return self.tr("No model posts yet. Click “New” to set the first one (3–5 are asked for).")

    def load(self) -> list[ModelPost]:
        every = self.choice_value() == ENDED
        posts = party_targets.list_posts(self.ctx.session, on="" if every else None)
        count = len(party_targets.list_posts(self.ctx.session))
        self.filters.note.setText(self.tr("{0} posts in force").format(count))
        return posts

    def row_color(self, post: ModelPost) -> str | None:
        return MUTED_COLOR if post.ended_date else None

    def detail(self, post: ModelPost) -> Detail:
        fields = [
            (self.tr("Member"), post.name),
            (self.tr("Duties"), post.duties),
            (self.tr("Set on"), format_date(post.set_date)),
        ]
        if post.ended_date:
            fields.append((self.tr("Ended on"), format_date(post.ended_date)))
        actions = [
            Action(
                "endPost",
                self.tr("End the post"),
                lambda: self.end(post),
                refusal=self.tr("The post has ended.") if post.ended_date else "",
            )
        ]
        return Detail(post.post, fields, actions=actions)

    def new_record(self) -> FormDialog:
        return self.open_form(
            self.tr("New model post"),
            PostForm().new(members(self.ctx)),
            lambda v: party_targets.add_post(self.ctx.session, post_from(v)),
            select_result=True,
        )

    def end(self, post: ModelPost) -> FormDialog:
        return self.open_form(
            self.tr("End the post: {0}").format(post.post),
            PostForm().end(),
            lambda v: party_targets.end_post(
                self.ctx.session, post.id, ended_date=v["ended_date"].isoformat()
            ),
        )
