"""村规民约: the clauses of a version of the village code, its review and its adoption."""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.domain.village_rules import Clause, RulesStatus, RulesVersion
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.format import format_date
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.moral.village_rules_form import VillageRulesForm
from sanzhi_desktop.services import village_rules


class VillageRulesTab(RecordTab):
    """Rows are the clauses of the version chosen in the filter (the one in force at first)."""

    name = "clauses"
    tables = frozenset({"village_rules", "village_rule_clauses"})

    def title(self) -> str:
        return self.tr("Village rules")

    def columns(self) -> Sequence[Column]:
        return [
            Column("number", self.tr("Clause"), lambda c: c.label),
            Column("order", self.tr("No."), lambda c: c.number, ColumnKind.NUMBER),
            Column("text", self.tr("Text"), lambda c: c.text),
        ]

    def empty_text(self) -> str:
        if not village_rules.list_versions(self.ctx.session):
            return self.tr("No village rules yet. Click “New” to write the first version.")
        return self.tr("This version has no clauses yet. Click “New” to add the first one.")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(self.tr("Version in force"), [])

    def version(self) -> RulesVersion | None:
        """The version chosen in the filter: the one in force, else the newest."""
        chosen = self.choice_value()
        if chosen:
            return village_rules.get_version(self.ctx.session, chosen)
        versions = village_rules.list_versions(self.ctx.session)
        in_force = [v for v in versions if v.status == RulesStatus.IN_FORCE]
        return (in_force or versions or [None])[0]

    def load(self) -> list[Clause]:
        versions = village_rules.list_versions(self.ctx.session)
        self.filters.set_choices(
            [(f"{v.title}（{RulesStatus(v.status).label}）", v.id) for v in versions]
        )
        self.empty.setText(self.empty_text())
        version = self.version()
        if version is None:
            self.filters.note.setText("")
            return []
        self.filters.note.setObjectName("versionInfo")
        self.filters.note.setText(
            self.tr("{0} · {1} · legality review {2} {3} · adopted {4}").format(
                version.title,
                RulesStatus(version.status).label,
                format_date(version.review_date) or "—",
                version.review_result or "",
                format_date(version.adopted_date) or "—",
            )
        )
        return village_rules.list_clauses(self.ctx.session, version.id)

    def detail(self, clause: Clause) -> Detail:
        version = self.version()
        frozen = (
            self.tr("Clauses of a version in force are frozen: revise (copy) it to change them.")
            if version is not None and version.status != RulesStatus.DRAFT
            else ""
        )
        actions = [
            Action(
                "editClause",
                self.tr("Edit clause…"),
                lambda: self.edit_clause(clause),
                refusal=frozen,
            ),
            Action(
                "deleteClause",
                self.tr("Delete clause"),
                lambda: self.delete_clause(clause),
                refusal=frozen,
            ),
        ]
        if version is not None:
            actions += self.version_actions(version)
        return Detail(clause.label, [(self.tr("Text"), clause.text)], actions=actions)

    def version_actions(self, version: RulesVersion) -> list[Action]:
        in_force = version.status == RulesStatus.IN_FORCE
        return [
            Action("editVersion", self.tr("Review and dates…"), lambda: self.edit_version(version)),
            Action(
                "inForce",
                self.tr("Put in force"),
                lambda: self.act(lambda: village_rules.put_in_force(self.ctx.session, version.id)),
                refusal=self.tr("This version is in force.") if in_force else "",
            ),
            Action("copyVersion", self.tr("Revise (copy)…"), lambda: self.copy_version(version)),
            Action("newVersion", self.tr("New version…"), self.new_version),
        ]

    # --- versions -------------------------------------------------------------------------

    def new_version(self) -> FormDialog:
        def submit(v: dict[str, object]) -> RulesVersion:
            version = village_rules.add_version(self.ctx.session, RulesVersion(**v))  # type: ignore[arg-type]
            return version

        return self.open_form(
            self.tr("New version"),
            VillageRulesForm().version(None),
            submit,
            on_saved=self._show_version,
        )

    def edit_version(self, version: RulesVersion) -> FormDialog:
        def submit(v: dict[str, object]) -> RulesVersion:
            return village_rules.update_version(
                self.ctx.session,
                RulesVersion(**v, id=version.id),  # type: ignore[arg-type]
            )

        return self.open_form(
            self.tr("Review and dates"), VillageRulesForm().version(version), submit
        )

    def copy_version(self, version: RulesVersion) -> FormDialog:
        return self.open_form(
            self.tr("Revise (copy)"),
            VillageRulesForm().copy(),
            lambda v: village_rules.copy_version(self.ctx.session, version.id, title=v["title"]),
            on_saved=self._show_version,
        )

    def _show_version(self, version: object) -> None:
        if isinstance(version, RulesVersion):
            self.filters.choose(version.id)

    # --- clauses --------------------------------------------------------------------------

    def new_record(self) -> FormDialog:
        """A clause of the version shown; the first version when there is none."""
        version = self.version()
        if version is None:
            return self.new_version()
        return self.open_form(
            self.tr("Add clause"),
            VillageRulesForm().clause(None, self.model.rowCount() + 1),
            lambda v: village_rules.add_clause(
                self.ctx.session, Clause(version_id=version.id, number=v["number"], text=v["text"])
            ),
            select_result=True,
        )

    def edit_clause(self, clause: Clause) -> FormDialog:
        return self.open_form(
            self.tr("Edit clause"),
            VillageRulesForm().clause(clause, clause.number),
            lambda v: village_rules.update_clause(
                self.ctx.session,
                Clause(
                    version_id=clause.version_id, number=v["number"], text=v["text"], id=clause.id
                ),
            ),
        )

    def delete_clause(self, clause: Clause) -> None:
        if self.confirm(
            self.tr("Delete clause"), self.tr("Delete {0}: {1}?").format(clause.label, clause.text)
        ):
            self.act(lambda: village_rules.delete_clause(self.ctx.session, clause.id))
