"""各村平安与信用 (town only): each village's sweeps, findings, petitions, patrols and credit.

Read-only: the villages' own figures from the files they sent
(``services.safety_figures``), as fresh as each village's last file.
"""

from __future__ import annotations

from collections.abc import Sequence

from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Detail
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import safety_figures
from sanzhi_desktop.services.safety_figures import SafetyFigures


def _credit(f: SafetyFigures) -> str:
    if f.credit is None or not f.credit.live:
        return "—"
    return f"{f.credit.filed}/{f.credit.live}（评级{f.credit.rated}）"


class TownSafetyTab(RecordTab):
    name = "safetyTown"
    tables = frozenset(
        {"screening_sweeps", "screening_findings", "petitions", "patrols",
         "safe_village_checks", "credit_files", "credit_ratings"}
    )  # fmt: skip
    read_only = True

    def title(self) -> str:
        return self.tr("Villages")

    def empty_text(self) -> str:
        return self.tr("No village enrolled yet, or none has sent a file.")

    def record_id(self, f: SafetyFigures) -> str:
        return f.code

    def columns(self) -> Sequence[Column]:
        return [
            Column("village", self.tr("Village"), lambda f: f.name),
            Column(
                "on_time",
                self.tr("Sweeps on time"),
                lambda f: f"{f.periods_swept}/{f.periods_due}",
            ),
            Column("nil", self.tr("Nil returns"), lambda f: f"{f.nil_return_pct}%"),
            Column("open", self.tr("Findings open"), lambda f: f.findings_open, ColumnKind.NUMBER),
            Column(
                "petitions",
                self.tr("Petitions open (overdue)"),
                lambda f: f"{f.petitions_open}（{f.petitions_overdue}）",
            ),
            Column("patrols", self.tr("Patrols a month"), lambda f: f"{f.patrols_per_month:.1f}"),
            Column("credit", self.tr("Credit files"), _credit),
        ]

    def row_color(self, f: SafetyFigures) -> str | None:
        late = f.periods_swept < f.periods_due or f.petitions_overdue
        return ERROR_COLOR if late else None

    def load(self) -> list[SafetyFigures]:
        return safety_figures.village_figures(self.ctx.session)

    def detail(self, f: SafetyFigures) -> Detail:
        risks = "、".join(f"{k}{v}" for k, v in f.findings_by_risk.items() if v)
        fields = [
            (self.tr("Sweeps on time"), f"{f.periods_swept}/{f.periods_due}"),
            (self.tr("Nil returns"), f"{f.nil_returns}/{f.sweeps}"),
            (self.tr("Findings by risk"), risks),
            (self.tr("Self-check"), f"{f.check_met}/{f.check_items}" if f.check_items else ""),
            (self.tr("Credit files"), _credit(f)),
        ]
        return Detail(f.name, [(k, v) for k, v in fields if v])
