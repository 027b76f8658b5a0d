"""学法人员: the cadres and backbone villagers, each with this year's count against the target."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.law import LearnerCategory, LearnerCount
from sanzhi_desktop.gui.kit.choices import chosen_year, person_choices, year_filter
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.law.learners_form import LearnerForm, learner_from
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law


class LearnersTab(RecordTab):
    name = "lawLearners"
    tables = frozenset({"law_learners", "law_sessions"})

    def title(self) -> str:
        return self.tr("Study list")

    def empty_text(self) -> str:
        return self.tr("No cadres or backbone villagers listed yet. Click “New” to add one.")

    def choice_filter(self) -> ChoiceFilter:
        return year_filter()

    def record_id(self, count: LearnerCount) -> str:
        return count.learner.id

    def columns(self) -> Sequence[Column]:
        return [
            Column("name", self.tr("Name"), lambda c: c.learner.name, ColumnKind.NAME),
            Column(
                "category",
                self.tr("Category"),
                lambda c: c.learner.category,
                labels=LearnerCategory,
            ),
            Column("post", self.tr("Post"), lambda c: c.learner.post),
            Column("attended", self.tr("Sessions"), lambda c: c.attended, ColumnKind.NUMBER),
            Column("target", self.tr("Target"), lambda c: c.target, ColumnKind.NUMBER),
            Column("state", self.tr("State"), self._state),
        ]

    def _state(self, count: LearnerCount) -> str:
        if count.met:
            return self.tr("met")
        return self.tr("{n} short").format(n=count.short)

    def row_color(self, count: LearnerCount) -> str | None:
        return None if count.met else ERROR_COLOR

    def load(self) -> list[LearnerCount]:
        return law.learner_counts(self.ctx.session, chosen_year(self.choice_value()))

    def detail(self, count: LearnerCount) -> Detail:
        learner = count.learner
        scores = "、".join(str(s) for s in count.scores)
        fields = [
            (self.tr("Category"), learner.category_label),
            (self.tr("Post"), learner.post),
            (self.tr("Group"), f"{learner.group_no}组" if learner.group_no else ""),
            (self.tr("Sessions this year"), f"{count.attended} / {count.target}"),
            (self.tr("Exam scores"), scores),
        ]
        learner_id = learner.id
        retire = Action(
            "retireLearner",
            self.tr("Left the post"),
            lambda: (
                self.confirm(
                    self.tr("Left the post"),
                    self.tr("Take {name} off the study list? Past sessions stay.").format(
                        name=learner.name
                    ),
                )
                and self.act(lambda: law.retire_learner(self.ctx.session, learner_id))
            ),
        )
        return Detail(learner.name, fields, actions=[retire])

    def new_record(self) -> FormDialog:
        session = self.ctx.session
        return self.open_form(
            self.tr("Add to the study list"),
            LearnerForm().new(person_choices(session)),
            lambda v: law.add_learner(session, learner_from(v)),
            select_result=True,
        )
