"""人民调解 page: the case log, with the committee and the monthly report under 更多.

In a town: the villages' escalated cases, read-only, to reply to.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from sanzhi_desktop.domain.mediation import Mediator
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_page import RecordPage
from sanzhi_desktop.gui.parts.mediation.cases_form import CaseForm
from sanzhi_desktop.gui.parts.mediation.cases_tab import CasesTab
from sanzhi_desktop.services import mediators


class MediationPage(RecordPage):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Mediation"), "mediation", parent)
        self.cases_tab = self.add_tab(CasesTab(ctx, self))
        if self.cases_tab.is_town:
            self.header.set_title(self.tr("Escalated mediation cases"))
            self.new_button.setVisible(False)
        else:
            more = self.more_menu()
            more.addAction(self.tr("Add a committee member…"), self.edit_committee)
            more.addAction(self.tr("Monthly report…"), self.open_report)

    def edit_committee(self) -> FormDialog:
        members = mediators.list_mediators(self.ctx.session)
        listing = "、".join(f"{m.name}（{m.role}）" for m in members) or self.tr("none yet")

        def submit(v: dict[str, Any]) -> object:
            return mediators.add_mediator(self.ctx.session, Mediator(**v))

        return self.cases_tab.open_form(
            self.tr("Add a committee member"),
            CaseForm().member(),
            submit,
            note=self.tr("Members now: {0}").format(listing),
        )

    def open_report(self) -> QWidget:
        from sanzhi_desktop.gui.parts.mediation.report_dialog import MediationReportDialog

        dialog = MediationReportDialog(self.ctx, parent=self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
