"""星级与积分 page: 十星级文明户 ratings, the household points ledger and awards, as tabs.

Same shape as the other pages: a toolbar per tab, a table, and small forms
(:class:`MoralFormDialog`) that call one service each. The star catalogue and
the points rules shown are the township's when it sent them, else the
shipped defaults; the tab says which.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.awards import ONE_OFF_CATEGORIES, TITLE_CATEGORIES, Award, AwardKind
from sanzhi_desktop.domain.points import EntryKind
from sanzhi_desktop.domain.star_rating import DISQUALIFIERS, RatingStatus, StarRating
from sanzhi_desktop.gui.context import GuiContext, touches
from sanzhi_desktop.gui.dialogs.moral_form import FormField, MoralFormDialog
from sanzhi_desktop.gui.models.moral_table_model import RecordSortProxy, RecordTableModel
from sanzhi_desktop.gui.pages.red_black import household_options, make_table, select_in, selected_id
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_printed_sheet
from sanzhi_desktop.gui.table_export import export_view
from sanzhi_desktop.gui.tasks import show_error
from sanzhi_desktop.gui.widgets import MUTED_COLOR, PageHeader, format_date
from sanzhi_desktop.services import awards, points, star_rating
from sanzhi_desktop.services.red_black import PrintedSheet

STAR_TABLES = frozenset(
    {"", "star_ratings", "star_events", "star_catalogue", "points_entries", "points_rules",
     "awards", "households"}
)  # fmt: skip


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


class StarsPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_preview: PdfPreviewDialog | None = None
        self.last_dialog: MoralFormDialog | None = None
        self.header = PageHeader(self.tr("Stars and points"), self)
        self.header.add_button(
            self.tr("Household record…"), self.open_household_record, object_name="householdRecord"
        )
        self.header.add_button(
            self.tr("Export .xlsx"),
            self.export_xlsx,
            object_name="exportXlsx",
            tooltip=self.tr("Save the table of this tab as .xlsx"),
        )
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("starTabs")
        self.tabs.addTab(self._build_stars_tab(), self.tr("Ten-star households"))
        self.tabs.addTab(self._build_points_tab(), self.tr("Household points"))
        self.tabs.addTab(self._build_awards_tab(), self.tr("Awards and titles"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        ctx.bus.tables_changed.connect(
            lambda t: self.refresh() if touches(t, STAR_TABLES) else None
        )
        self.refresh()

    # --- building ----------------------------------------------------------------------------

    def _toolbar(
        self, parent: QWidget, buttons: list[tuple[str, str, Callable[[], object]]]
    ) -> QHBoxLayout:
        bar = QHBoxLayout()
        for name, text, slot in buttons:
            button = QPushButton(text, parent)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            bar.addWidget(button)
        bar.addStretch(1)
        return bar

    def _build_stars_tab(self) -> QWidget:
        tab = QWidget(self)
        self.cycle_spin = QSpinBox(tab)
        self.cycle_spin.setObjectName("cycle")
        self.cycle_spin.setRange(2000, 2100)
        self.cycle_spin.setValue(QDate.currentDate().year() - 1)
        self.cycle_spin.valueChanged.connect(lambda _v: self._reload_ratings())
        self.catalogue_label = QLabel(tab)
        self.catalogue_label.setObjectName("catalogueSource")
        self.catalogue_label.setWordWrap(True)
        self.catalogue_label.setStyleSheet(f"color: {MUTED_COLOR};")
        bar = self._toolbar(
            tab,
            [
                ("rateHousehold", self.tr("Rate a household…"), self.rate_household),
                ("awardPlaque", self.tr("Award plaque"), self.award_plaque),
                ("removeStar", self.tr("Take a star away…"), self.remove_star),
                ("revokePlaque", self.tr("Revoke plaque…"), self.revoke_plaque),
                ("printStars", self.tr("Print star list"), self.print_stars),
            ],
        )
        bar.insertWidget(0, QLabel(self.tr("Cycle"), tab))
        bar.insertWidget(1, self.cycle_spin)
        self.rating_model = RecordTableModel(
            [
                (self.tr("Household no."), lambda r: r["household_no"]),
                (self.tr("Head"), lambda r: r["head_name"]),
                (self.tr("Group"), lambda r: int(r["group_no"])),
                (self.tr("Stars"), lambda r: len(r["stars"])),
                (self.tr("Status"), lambda r: RatingStatus(r["status"]).label),
                (self.tr("Stars held / reason"), _rating_text),
            ],
            self,
        )
        self.rating_proxy = RecordSortProxy(self)
        self.rating_proxy.setSourceModel(self.rating_model)
        self.rating_table = make_table(tab, "ratingTable")
        self.rating_table.setModel(self.rating_proxy)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.catalogue_label)
        layout.addWidget(self.rating_table, 1)
        return tab

    def _build_points_tab(self) -> QWidget:
        tab = QWidget(self)
        self.year_spin = QSpinBox(tab)
        self.year_spin.setObjectName("pointsYear")
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(QDate.currentDate().year())
        self.quarter_combo = QComboBox(tab)
        self.quarter_combo.setObjectName("pointsQuarter")
        for q in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {0}").format(q), q)
        self.quarter_combo.setCurrentIndex((QDate.currentDate().month() - 1) // 3)
        self.year_spin.valueChanged.connect(lambda _v: self._reload_points())
        self.quarter_combo.activated.connect(lambda _i: self._reload_points())
        bar = self._toolbar(
            tab,
            [
                ("addPoints", self.tr("Add points…"), self.add_points),
                ("redeem", self.tr("Redeem at the store…"), self.redeem),
                ("printPoints", self.tr("Print quarter sheet"), self.print_points),
                ("resetYear", self.tr("Year-end reset…"), self.year_end_reset),
            ],
        )
        bar.insertWidget(0, self.year_spin)
        bar.insertWidget(1, self.quarter_combo)
        self.rules_label = QLabel(tab)
        self.rules_label.setObjectName("rulesSource")
        self.rules_label.setStyleSheet(f"color: {MUTED_COLOR};")
        self.points_model = RecordTableModel(
            [
                (self.tr("Household no."), lambda r: r.household_no),
                (self.tr("Head"), lambda r: r.head_name),
                (self.tr("Group"), lambda r: r.group_no),
                (self.tr("Earned"), lambda r: r.earned),
                (self.tr("Deducted"), lambda r: r.deducted),
                (self.tr("Redeemed"), lambda r: r.redeemed),
                (self.tr("Balance"), lambda r: r.balance),
            ],
            self,
        )
        self.points_proxy = RecordSortProxy(self)
        self.points_proxy.setSourceModel(self.points_model)
        self.points_table = make_table(tab, "pointsTable")
        self.points_table.setModel(self.points_proxy)
        self.history_list = QListWidget(tab)
        self.history_list.setObjectName("pointsHistory")
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        splitter.addWidget(self.points_table)
        splitter.addWidget(self.history_list)
        splitter.setSizes([800, 380])
        self.points_table.selectionModel().selectionChanged.connect(
            lambda *_a: self._show_history()
        )
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.rules_label)
        layout.addWidget(splitter, 1)
        return tab

    def _build_awards_tab(self) -> QWidget:
        tab = QWidget(self)
        bar = self._toolbar(
            tab,
            [
                ("addAward", self.tr("New award…"), self.add_award),
                ("deleteAward", self.tr("Delete award"), self.delete_award),
            ],
        )
        self.award_total = QLabel(tab)
        self.award_total.setObjectName("awardTotal")
        bar.addWidget(self.award_total)
        self.award_model = RecordTableModel(
            [
                (self.tr("Year"), lambda a: a.year),
                (self.tr("Name"), lambda a: a.name),
                (self.tr("Group"), lambda a: a.group_no),
                (self.tr("Kind"), lambda a: AwardKind(a.kind).label),
                (self.tr("Award / title"), lambda a: a.display_title),
                (self.tr("Amount"), lambda a: _yuan(a.amount_fen) if a.amount_fen else ""),
                (self.tr("Approved"), lambda a: f"{format_date(a.approved_date)} {a.approved_by}"),
            ],
            self,
        )
        self.award_proxy = RecordSortProxy(self)
        self.award_proxy.setSourceModel(self.award_model)
        self.award_table = make_table(tab, "awardTable")
        self.award_table.setModel(self.award_proxy)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.award_table, 1)
        return tab

    def export_xlsx(self) -> Path | None:
        """Save the current tab's table (stars, points or awards), as shown, as .xlsx."""
        index = self.tabs.currentIndex()
        table = (self.rating_table, self.points_table, self.award_table)[index]
        title = self.tabs.tabText(index)
        return export_view(self, table, title=title, suggested_name=title, session=self.ctx.session)

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.session.profile is None:
            return
        self._reload_ratings()
        self._reload_points()
        self._reload_awards()

    def _reload_ratings(self) -> None:
        catalogue = star_rating.star_catalogue(self.ctx.session)
        source = (
            self.tr("Star names sent by the township")
            if catalogue.source == "town"
            else self.tr("Default star names")
        )
        self.catalogue_label.setText(f"{source}：{'、'.join(catalogue.names)}")
        keep = selected_id(self.rating_table)
        rows = star_rating.list_ratings(self.ctx.session, cycle=self.cycle_spin.value())
        self.rating_model.set_records(rows)
        if keep:
            select_in(self.rating_table, self.rating_model, self.rating_proxy, keep)

    def _reload_points(self) -> None:
        catalogue = points.points_rules(self.ctx.session)
        source = (
            self.tr("Points rules sent by the township")
            if catalogue.source == "town"
            else self.tr("Default points rules")
        )
        self.rules_label.setText(self.tr("{0}: {1} rules").format(source, len(catalogue.rules)))
        keep = selected_id(self.points_table)
        rows = points.quarter_summary(
            self.ctx.session, self.year_spin.value(), int(self.quarter_combo.currentData())
        )
        self.points_model.set_records([_Row(r) for r in rows])
        if keep:
            select_in(self.points_table, self.points_model, self.points_proxy, keep)
        self._show_history()

    def _reload_awards(self) -> None:
        records = awards.list_awards(self.ctx.session)
        self.award_model.set_records(records)
        self.award_total.setText(
            self.tr("Total paid: {0}").format(_yuan(awards.total_amount_fen(records)))
        )

    def _show_history(self) -> None:
        self.history_list.clear()
        hid = selected_id(self.points_table)
        if hid is None:
            return
        for entry in reversed(points.history(self.ctx.session, hid)):
            what = entry.note or EntryKind(entry.kind).label
            self.history_list.addItem(f"{entry.entry_date}  {entry.points:+d}  {what}")
        self.history_list.insertItem(
            0, self.tr("Balance: {0}").format(points.balance(self.ctx.session, hid))
        )

    def select_record(self, table: str, record_id: str) -> bool:
        if table == "awards":
            self.tabs.setCurrentIndex(2)
            return select_in(self.award_table, self.award_model, self.award_proxy, record_id)
        self.tabs.setCurrentIndex(0)
        return select_in(self.rating_table, self.rating_model, self.rating_proxy, record_id)

    # --- helpers ----------------------------------------------------------------------------------

    def _open(
        self,
        title: str,
        fields: list[FormField],
        submit: Callable[[dict[str, Any]], Any],
        table: str,
        *,
        note: str = "",
    ) -> MoralFormDialog:
        dialog = MoralFormDialog(
            title, fields, lambda v: self.ctx.run(lambda: submit(v)), self, note=note
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _preview(self, build: Callable[[], PrintedSheet]) -> PdfPreviewDialog | None:
        dialog = preview_printed_sheet(self, build)
        if dialog is not None:
            self.last_preview = dialog
        return dialog

    def selected_rating(self) -> dict[str, Any] | None:
        rid = selected_id(self.rating_table)
        if rid is None:
            return None
        row = self.rating_model.row_of(rid)
        return self.rating_model.record(row) if row >= 0 else None

    # --- stars -----------------------------------------------------------------------------------

    def rate_household(self) -> MoralFormDialog:
        names = star_rating.star_catalogue(self.ctx.session).names
        cycle = self.cycle_spin.value()
        fields = [
            FormField("household_id", self.tr("Household"), "combo", household_options(self.ctx)),
            FormField("rated_date", self.tr("Rated on"), "date"),
            FormField("stars", self.tr("Stars awarded"), "checks", [(n, n) for n in names]),
            FormField("reviewers", self.tr("Reviewed by"), default="村民代表会议"),
            FormField(
                "disqualifiers",
                self.tr("Disqualifying conditions"),
                "checks",
                [(label, code) for code, label in DISQUALIFIERS.items()],
            ),
            FormField("disqualify_note", self.tr("What happened"), "text"),
        ]

        def submit(v: dict[str, Any]) -> StarRating:
            return star_rating.rate_household(
                self.ctx.session,
                StarRating(
                    household_id=v["household_id"] or "",
                    cycle=cycle,
                    rated_date=v["rated_date"],
                    stars=list(v["stars"]),
                    reviewers=v["reviewers"],
                    disqualifiers=list(v["disqualifiers"]),
                    disqualify_note=v["disqualify_note"],
                ),
            )

        return self._open(
            self.tr("Rate a household ({0})").format(cycle), fields, submit, "star_ratings"
        )

    def award_plaque(self) -> None:
        rating = self.selected_rating()
        if rating is None:
            return
        try:
            self.ctx.run(lambda: star_rating.award_plaque(self.ctx.session, rating["id"]))
        except Exception as exc:
            show_error(self, exc)

    def remove_star(self) -> MoralFormDialog | None:
        rating = self.selected_rating()
        if rating is None:
            return None
        return self._open(
            self.tr("Take a star away"),
            [
                FormField("star", self.tr("Star"), "combo", [(s, s) for s in rating["stars"]]),
                FormField("reason", self.tr("Reason"), "text"),
                FormField("on", self.tr("Date"), "date"),
            ],
            lambda v: star_rating.remove_star(
                self.ctx.session, rating["id"], star=v["star"] or "", reason=v["reason"], on=v["on"]
            ),
            "star_ratings",
            note=f"{rating['household_no']} {rating['head_name']}",
        )

    def revoke_plaque(self) -> MoralFormDialog | None:
        rating = self.selected_rating()
        if rating is None:
            return None
        return self._open(
            self.tr("Revoke plaque"),
            [
                FormField("reason", self.tr("Reason"), "text"),
                FormField("on", self.tr("Date"), "date"),
            ],
            lambda v: star_rating.revoke_plaque(
                self.ctx.session, rating["id"], reason=v["reason"], on=v["on"]
            ),
            "star_ratings",
            note=self.tr("The household cannot be rated again for two years."),
        )

    def print_stars(self) -> PdfPreviewDialog | None:
        cycle = self.cycle_spin.value()
        return self._preview(lambda: star_rating.print_star_list(self.ctx.session, cycle))

    # --- points ----------------------------------------------------------------------------------

    def add_points(self) -> MoralFormDialog:
        rules = points.points_rules(self.ctx.session).rules
        fields = [
            FormField(
                "household_id",
                self.tr("Household"),
                "combo",
                household_options(self.ctx),
                default=selected_id(self.points_table),
            ),
            FormField(
                "rule_code",
                self.tr("Rule"),
                "combo",
                [(f"{r.code} {r.description}（{r.points:+d}）", r.code) for r in rules],
            ),
            FormField("entry_date", self.tr("Date"), "date"),
            FormField("approved_by", self.tr("Approved by"), default="村积分评议小组"),
            FormField("note", self.tr("Note")),
        ]
        return self._open(
            self.tr("Add points"),
            fields,
            lambda v: points.add_points(
                self.ctx.session,
                v["household_id"] or "",
                v["rule_code"] or "",
                approved_by=v["approved_by"],
                entry_date=v["entry_date"],
                note=v["note"],
            ),
            "points_entries",
        )

    def redeem(self) -> MoralFormDialog:
        fields = [
            FormField(
                "household_id",
                self.tr("Household"),
                "combo",
                household_options(self.ctx),
                default=selected_id(self.points_table),
            ),
            FormField("item", self.tr("Item")),
            FormField("points", self.tr("Points"), "spin", minimum=1, maximum=1000, default=10),
            FormField("cash_fen", self.tr("Cash top-up"), "money"),
            FormField("entry_date", self.tr("Date"), "date"),
        ]
        return self._open(
            self.tr("Redeem at the points store"),
            fields,
            lambda v: points.redeem(
                self.ctx.session,
                v["household_id"] or "",
                item=v["item"],
                points=v["points"],
                cash_fen=v["cash_fen"],
                entry_date=v["entry_date"],
            ),
            "points_entries",
        )

    def print_points(self) -> PdfPreviewDialog | None:
        year, quarter = self.year_spin.value(), int(self.quarter_combo.currentData())
        return self._preview(lambda: points.print_points_sheet(self.ctx.session, year, quarter))

    def year_end_reset(self) -> None:
        year = self.year_spin.value()
        answer = QMessageBox.question(
            self,
            self.tr("Year-end reset"),
            self.tr(
                "Bring every household's balance to zero on 31 December {0}? "
                "The history is kept; this cannot be repeated for the same year."
            ).format(year),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.ctx.run(lambda: points.year_end_reset(self.ctx.session, year))
        except Exception as exc:
            show_error(self, exc)

    # --- awards ----------------------------------------------------------------------------------

    def add_award(self) -> MoralFormDialog:
        categories = [(c, ("one_off", c)) for c in ONE_OFF_CATEGORIES] + [
            (f"{self.tr('Title')}：{c}", ("title", c)) for c in TITLE_CATEGORIES
        ]
        fields = [
            FormField("household_id", self.tr("Household"), "combo", household_options(self.ctx)),
            FormField(
                "year",
                self.tr("Year"),
                "spin",
                minimum=2000,
                maximum=2100,
                default=QDate.currentDate().year(),
            ),
            FormField("category", self.tr("Award / title"), "combo", categories),
            FormField("title", self.tr("Local title name")),
            FormField("amount_fen", self.tr("Amount"), "money"),
            FormField("approved_by", self.tr("Approved by"), default="村民代表会议"),
            FormField("approved_date", self.tr("Approved on"), "date"),
        ]

        def submit(v: dict[str, Any]) -> Award:
            kind, category = v["category"] or ("", "")
            return awards.add_award(
                self.ctx.session,
                Award(
                    household_id=v["household_id"] or "",
                    name="",
                    group_no=0,
                    year=v["year"],
                    kind=kind,
                    category=category,
                    title=v["title"],
                    amount_fen=v["amount_fen"],
                    approved_by=v["approved_by"],
                    approved_date=v["approved_date"],
                ),
            )

        return self._open(self.tr("New award"), fields, submit, "awards")

    def delete_award(self) -> None:
        rid = selected_id(self.award_table)
        if rid is None:
            return
        award = self.award_model.record(self.award_model.row_of(rid))
        answer = QMessageBox.question(
            self,
            self.tr("Delete award"),
            self.tr("Delete {0}'s award {1} ({2})?").format(
                award.name, award.display_title, award.year
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(lambda: awards.delete_award(self.ctx.session, rid))

    # --- links -----------------------------------------------------------------------------------

    def current_household_id(self) -> str | None:
        index = self.tabs.currentIndex()
        if index == 0:
            rating = self.selected_rating()
            return str(rating["household_id"]) if rating else None
        if index == 1:
            return selected_id(self.points_table)
        rid = selected_id(self.award_table)
        return self.award_model.record(self.award_model.row_of(rid)).household_id if rid else None

    def open_household_record(self) -> QWidget | None:
        from sanzhi_desktop.gui.dialogs.household_record_dialog import HouseholdRecordDialog

        hid = self.current_household_id()
        if hid is None:
            QMessageBox.information(
                self, self.tr("Household record"), self.tr("Select a household in the table first.")
            )
            return None
        dialog = HouseholdRecordDialog(self.ctx, hid, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog


class _Row:
    """A quarter row with an ``id`` (the household's) for selection."""

    def __init__(self, row: points.QuarterRow) -> None:
        self._row = row
        self.id = row.household_id

    def __getattr__(self, name: str) -> Any:
        return getattr(self._row, name)


def _rating_text(row: dict[str, Any]) -> str:
    if row["status"] == RatingStatus.DISQUALIFIED:
        return f"{star_rating.disqualifier_labels(row['disqualifiers'])}：{row['disqualify_note']}"
    if row["status"] == RatingStatus.REVOKED:
        return f"{row['revoked_date']} 摘牌：{row['revoke_reason']}"
    return "、".join(row["stars"])
