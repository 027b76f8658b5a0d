"""同步 page: export to a USB drive, import files or a whole drive, keys, conflicts.

A village sees its sync state (changes the town has not acknowledged, last
export, last import), its own fingerprint in large digits, the town's card it
pinned, the result of each imported file and any conflicts. A town sees the
same with its villages' cards. Export and import run in the background
(``run_task``) and report per file.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.record import short_id
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.dialogs.sync_enroll import SyncEnrollDialog, fingerprint_label
from sanzhi_desktop.gui.file_dialogs import announce_saved, choose_folder, open_file, open_files
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog, preview_pdf
from sanzhi_desktop.gui.tasks import run_task, show_error
from sanzhi_desktop.gui.widgets import EmptyState, PageHeader, format_datetime
from sanzhi_desktop.services import keys, sync, sync_status
from sanzhi_desktop.services.sync import ExportResult, ImportReport, ImportStatus


def _table(parent: QWidget, name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class SyncPage(QWidget):
    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_reports: list[ImportReport] = []
        self.last_exports: list[ExportResult] = []
        layout = QVBoxLayout(self)
        self.header = PageHeader(self.tr("Sync"), self)
        self.export_button = self.header.add_button(
            self.tr("Export to drive…"), self.choose_export_folder, object_name="exportButton"
        )
        self.import_button = self.header.add_button(
            self.tr("Import files…"), self.choose_import_files, object_name="importFilesButton"
        )
        self.header.add_button(
            self.tr("Import a whole drive…"),
            self.choose_import_drive,
            object_name="importDriveButton",
        )
        self.header.add_button(
            self.tr("Save my key card…"), self.choose_card_target, object_name="cardButton"
        )
        self.header.add_button(
            self.tr("Print key card…"), self.print_card, object_name="printCardButton"
        )
        self.header.add_button(
            self.tr("Enrol a card…"), self.choose_card_to_enroll, object_name="enrollButton"
        )
        layout.addWidget(self.header)

        top = QHBoxLayout()
        state_box = QGroupBox(self.tr("State"), self)
        state_layout = QVBoxLayout(state_box)
        self.summary = QLabel(state_box)
        self.summary.setObjectName("syncSummary")
        self.summary.setWordWrap(True)
        state_layout.addWidget(self.summary)
        self.details = QLabel(state_box)
        self.details.setObjectName("syncDetails")
        self.details.setWordWrap(True)
        state_layout.addWidget(self.details)
        top.addWidget(state_box, 1)
        key_box = QGroupBox(self.tr("This office's fingerprint"), self)
        key_layout = QVBoxLayout(key_box)
        self.fingerprint = fingerprint_label("", key_box)
        self.fingerprint.setObjectName("ownFingerprint")
        key_layout.addWidget(self.fingerprint)
        top.addWidget(key_box, 1)
        layout.addLayout(top)

        self.results_box = QGroupBox(self.tr("Last import"), self)
        results_layout = QVBoxLayout(self.results_box)
        self.results_summary = QLabel(self.results_box)
        self.results_summary.setObjectName("resultsSummary")
        self.results_summary.setWordWrap(True)
        results_layout.addWidget(self.results_summary)
        self.results = _table(
            self.results_box,
            "resultsTable",
            [self.tr("File"), self.tr("Result"), self.tr("Details")],
        )
        results_layout.addWidget(self.results)
        layout.addWidget(self.results_box, 1)

        lower = QHBoxLayout()
        peers_box = QGroupBox(self.tr("Enrolled key cards"), self)
        peers_layout = QVBoxLayout(peers_box)
        self.peers = _table(
            peers_box,
            "peersTable",
            [self.tr("Code"), self.tr("Name"), self.tr("Fingerprint"), self.tr("State")],
        )
        peers_layout.addWidget(self.peers)
        self.no_peers = EmptyState(
            self.tr("No card enrolled yet. Click “Enrol a card…” and compare the fingerprint."),
            peers_box,
        )
        self.no_peers.setObjectName("noPeers")
        peers_layout.addWidget(self.no_peers)
        lower.addWidget(peers_box, 1)
        conflicts_box = QGroupBox(self.tr("Conflicts and warnings"), self)
        conflicts_layout = QVBoxLayout(conflicts_box)
        self.conflicts = _table(
            conflicts_box,
            "conflictsTable",
            [self.tr("When"), self.tr("What"), self.tr("Kept"), self.tr("Other version")],
        )
        conflicts_layout.addWidget(self.conflicts)
        lower.addWidget(conflicts_box, 1)
        layout.addLayout(lower, 1)
        self.refresh()

    # --- showing --------------------------------------------------------------------

    def refresh(self) -> None:
        session = self.ctx.session
        if session.profile is None:
            return
        self.summary.setText(sync_status.summary(session))
        try:
            self.fingerprint.setText(keys.ensure_keys(session).fingerprint)
        except (SanzhiError, OSError) as exc:
            self.fingerprint.setText(str(exc))
        if session.profile.kind is OfficeKind.VILLAGE:
            state = sync_status.village_state(session)
            self.details.setText(
                self.tr(
                    "Changes not yet acknowledged by the town: {n}\n"
                    "Last export: {export}\nLast import from the town: {imp}"
                ).format(
                    n=state.unacknowledged,
                    export=format_datetime(state.last_export) or "—",
                    imp=format_datetime(state.last_import) or "—",
                )
            )
        else:
            self.details.setText(
                self.tr("Files written: {n}").format(n=len(sync.list_exports(session)))
            )
        peers = keys.list_peers(session)
        _fill(
            self.peers,
            [
                [
                    p.code,
                    p.name,
                    p.fingerprint,
                    self.tr("revoked") if keys.is_revoked(session, p) else self.tr("enrolled"),
                ]
                for p in peers
            ],
        )
        self.no_peers.setVisible(not peers)
        rows = [
            [
                format_datetime(a["detected_at"]),
                a["detail"],
                a["peer"],
                self.tr("two PCs use copies of one data file"),
            ]
            for a in sync.list_alerts(session)
        ]
        rows += [
            [
                format_datetime(c["detected_at"]),
                f"{c['table_name']} {short_id(c['record_id'])}",
                str(c["winner_rev"]),
                c["loser"][:120],
            ]
            for c in sync.list_conflicts(session)
        ]
        _fill(self.conflicts, rows)
        self._show_reports()

    def _show_reports(self) -> None:
        labels = {
            ImportStatus.IMPORTED: self.tr("imported"),
            ImportStatus.ALREADY: self.tr("already imported"),
            ImportStatus.REFUSED: self.tr("refused"),
            ImportStatus.SKIPPED: self.tr("skipped (for another office)"),
        }
        rows = [
            [r.path.name, labels[r.status], "；".join([r.message, *r.warnings])]
            for r in self.last_reports
        ]
        rows += [[e.path.name, self.tr("exported"), str(e.path)] for e in self.last_exports]
        _fill(self.results, rows)
        self.results_summary.setText(self._summary_text())
        self.results_summary.setVisible(bool(self.last_reports))

    def _summary_text(self) -> str:
        """One line over the per-file list: how many files, and what became of them."""
        counts = sync.status_counts(self.last_reports)
        text = self.tr(
            "{files} files: {imported} imported, {already} already imported, "
            "{refused} refused, {skipped} skipped."
        ).format(
            files=len(self.last_reports),
            imported=counts[ImportStatus.IMPORTED],
            already=counts[ImportStatus.ALREADY],
            refused=counts[ImportStatus.REFUSED],
            skipped=counts[ImportStatus.SKIPPED],
        )
        if counts[ImportStatus.REFUSED]:
            text += " " + self.tr(
                "A refused file changed nothing; its reason is in the list below. "
                "The other files were imported on their own."
            )
        return text

    # --- actions (the choose_* methods ask; the others do, and are what tests drive) -

    def choose_export_folder(self) -> None:
        folder = choose_folder(self, self.tr("Choose the USB drive"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path, *, background: bool = True) -> None:
        def work(session, progress):  # type: ignore[no-untyped-def]
            return sync.export_all(session, folder, progress=progress)

        self._run(self.tr("Exporting…"), work, self._exported, background=background)

    def _exported(self, results: list[ExportResult]) -> None:
        self.last_exports, self.last_reports = results, []
        self.refresh()
        self.ctx.bus.status_changed.emit()

    def choose_import_files(self) -> None:
        files = open_files(self, self.tr("Choose sync files"), "sanzhi")
        if files:
            self.import_paths(files)

    def choose_import_drive(self) -> None:
        folder = choose_folder(self, self.tr("Choose the USB drive"))
        if folder is not None:
            self.import_paths([folder])

    def import_paths(self, paths: list[Path], *, background: bool = True) -> None:
        def work(session, progress):  # type: ignore[no-untyped-def]
            return sync.import_sync_files(session, paths, progress=progress)

        self._run(self.tr("Importing…"), work, self._imported, background=background)

    def _imported(self, reports: list[ImportReport]) -> None:
        self.last_reports, self.last_exports = reports, []
        self.refresh()
        self.ctx.changed_everything()

    def choose_card_target(self) -> None:
        folder = choose_folder(self, self.tr("Where to save the key card"))
        if folder is not None:
            try:
                path = keys.write_card(self.ctx.session, folder)
            except (SanzhiError, OSError) as exc:
                show_error(self, exc)
                return
            announce_saved(self, path)
            QMessageBox.information(
                self, self.tr("Key card saved"), self.tr("Saved: {path}").format(path=str(path))
            )

    def print_card(self) -> PdfPreviewDialog | None:
        """打印密钥卡: the A4 card with the fingerprint in large digits, in the preview."""
        session = self.ctx.session
        try:
            pdf = keys.card_pdf(session)
            code = session.require_profile().code
        except (SanzhiError, OSError) as exc:
            show_error(self, exc)
            return None
        return preview_pdf(
            self,
            pdf,
            title=self.tr("Key card"),
            suggested_name=f"{code}-密钥卡.pdf",
        )

    def choose_card_to_enroll(self) -> None:
        file = open_file(self, self.tr("Choose a key card"), "sanzhi-card")
        if file is not None:
            self.enroll_card(file)

    def enroll_card(self, path: Path, *, confirm: bool = True) -> bool:
        """Show the fingerprint; enrol only when the clerk says it matches."""
        session = self.ctx.session
        try:
            card = keys.check_enrolment(session, keys.read_card(path))
        except (SanzhiError, OSError) as exc:
            show_error(self, exc)
            return False
        if confirm and not SyncEnrollDialog(card, self).exec():
            return False
        keys.enroll(session, card)
        self.ctx.bus.status_changed.emit()
        return True

    def _run(self, title: str, work, done, *, background: bool) -> None:  # type: ignore[no-untyped-def]
        if not background:  # tests: on this thread, same services
            try:
                done(work(self.ctx.session, lambda *_a: None))
            except SanzhiError as exc:
                show_error(self, exc)
            return
        run_task(self, title, self.ctx.session, work, done)
