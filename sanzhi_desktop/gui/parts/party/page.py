"""党建: the branch's tabs, the year's standing against the plan, and the branch's facts.

The line under the header says, for this year, what the plan's targets and
the collective economy look like (the same check as the to-do list and the
town's table); 更多 holds the branch's facts (一肩挑) and the quarter's
points table.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidgetItem, QWidget

from sanzhi_desktop.gui.context import GuiContext, touches
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_page import HIT_ROLE, RecordPage
from sanzhi_desktop.gui.parts.party.branch_form import BranchForm, branch_from
from sanzhi_desktop.gui.parts.party.cadres_tab import CadresTab
from sanzhi_desktop.gui.parts.party.choices import this_year
from sanzhi_desktop.gui.parts.party.cycle_tab import CycleTab
from sanzhi_desktop.gui.parts.party.meetings_tab import MeetingsTab
from sanzhi_desktop.gui.parts.party.members_tab import MembersTab
from sanzhi_desktop.gui.parts.party.posts_tab import PostsTab
from sanzhi_desktop.gui.parts.party.training_tab import TrainingTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import party, party_search, party_targets

#: the tables the status line reads
STATUS_TABLES = frozenset(
    {"party_posts", "party_training", "party_cadres", "finance_disclosures", "party_settings"}
)


class PartyPage(RecordPage):
    """党建: members, meetings, the yearly cycle, posts, training, cadres."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, self.tr("Party building"), "party", parent)
        self.members_tab = self.add_tab(MembersTab(ctx, self))
        self.meetings_tab = self.add_tab(MeetingsTab(ctx, self))
        self.cycle_tab = self.add_tab(CycleTab(ctx, self))
        self.posts_tab = self.add_tab(PostsTab(ctx, self))
        self.training_tab = self.add_tab(TrainingTab(ctx, self))
        self.cadres_tab = self.add_tab(CadresTab(ctx, self))
        self.status = QLabel(self)
        self.status.setObjectName("partyStatus")
        self.status.setWordWrap(True)
        self.layout_.insertWidget(1, self.status)
        more = self.more_menu()
        more.addAction(self.tr("Branch facts (secretary, dual post)…"), self.edit_branch)
        for quarter in (1, 2, 3, 4):
            more.addAction(
                self.tr("Print the party points of Q{0}").format(quarter),
                lambda q=quarter: self.cycle_tab.print_points(q),
            )
        ctx.bus.tables_changed.connect(self._on_tables_changed)
        self.show_status()
        self._add_search()

    def _add_search(self) -> None:
        """One search over meetings, pledges, fulfilment, members and posts (Ctrl+F)."""
        self.add_search(
            self.tr("Search meetings, pledges, members and posts (Ctrl+F)"),
            lambda text: party_search.search_party(self.ctx.session, text),
            row=2,
        )

    def _open_result(self, item: QListWidgetItem) -> None:
        """A pledge or its fulfilment opens the member it belongs to (the cycle tab lists
        members)."""
        data = item.data(HIT_ROLE)
        if data and data[0] in ("party_pledges", "party_fulfilments"):
            member = party_search.member_of(self.ctx.session, *data)
            item.setData(HIT_ROLE, ("party_pledges", member))
        super()._open_result(item)

    def _on_tables_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, STATUS_TABLES):
            self.show_status()

    def show_status(self) -> None:
        """This year's figures against the plan, shortfalls in red."""
        session = self.ctx.session
        if session.profile is None:
            return
        year = this_year()
        check = party_targets.year_status(session, year)
        f = check.figures
        text = self.tr(
            "{0}: {1} model posts · training {2} days · reserve cadres {3} · "
            "wealth leaders {4} · collective economy: {5}"
        ).format(
            year, f.posts, f.training_days, f.reserve_cadres, f.wealth_leaders, check.status.label
        )
        short = "；".join(s.text for s in check.shortfalls)
        self.status.setText(
            f"{text}<br/><span style='color:{ERROR_COLOR}'>{short}</span>" if short else text
        )

    def edit_branch(self) -> FormDialog:
        session = self.ctx.session
        village = session.profile.name if session.profile else ""
        dialog = FormDialog(
            self.tr("Branch facts"),
            BranchForm().fields(party.get_branch(session), village),
            lambda v: party.save_branch(session, branch_from(v)),
            self,
            ctx=self.ctx,
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
