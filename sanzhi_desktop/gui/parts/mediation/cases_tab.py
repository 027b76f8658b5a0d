"""调解案件: the case log — intake to archive, each step's paper, deadlines, escalation.

In a town the tab lists its villages' escalated cases read-only, with one
action: reply.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import SanzhiError
from sanzhi_desktop.domain.mediation import MAIN_STEPS, STEP_LABELS, CaseState, step_index
from sanzhi_desktop.domain.mediation_papers import (
    ClosingReport,
    FollowUp,
    Investigation,
    JudicialConfirmation,
    OralAgreement,
    RightsNotice,
    SessionRecord,
    WrittenAgreement,
)
from sanzhi_desktop.gui.kit.choices import person_choices
from sanzhi_desktop.gui.kit.columns import Column, ColumnKind
from sanzhi_desktop.gui.kit.detail_pane import Action, Detail
from sanzhi_desktop.gui.kit.filter_bar import ChoiceFilter
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.form_fields import FieldSpec, iso_dates
from sanzhi_desktop.gui.kit.format import format_date, format_money
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.kit.table_model import RowSource
from sanzhi_desktop.gui.parts.mediation.cases_form import ORAL, CaseForm, case_of, terms_of
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import mediation, mediation_papers, mediators
from sanzhi_desktop.services.mediation import CaseFilter, CaseView

DUE_SOON_COLOR = "#b26a00"
#: The state filter: key → the states it keeps.
STATE_GROUPS: dict[str, tuple[str, ...]] = {
    "open": tuple(s.value for s in CaseState if s is not CaseState.ARCHIVED),
    "running": ("accepted", "investigating", "mediating"),
    "follow_up": ("agreed", "following_up"),
    "archived": ("archived",),
}


class CasesTab(RecordTab):
    name = "cases"
    tables = frozenset(
        {"mediation_cases", "mediation_events", "mediation_papers", "mediation_mediators"}
    )
    date_column = "accepted"
    #: a town's cases over the years: read a page at a time, sorted and searched in SQL
    lazy = True

    def title(self) -> str:
        return self.tr("Cases")

    @property
    def is_town(self) -> bool:
        profile = self.ctx.session.profile
        return profile is not None and profile.kind is OfficeKind.TOWN

    def columns(self) -> Sequence[Column]:
        return [
            Column(
                "dossier",
                self.tr("Dossier no."),
                lambda r: r["dossier_no"],
                sort=lambda r: f"{r['dossier_year']:04d}{r['dossier_seq']:06d}",
            ),
            Column("type", self.tr("Type"), lambda r: r["dispute_type"]),
            Column("parties", self.tr("Parties"), lambda r: r["party_names"] or ""),
            Column("state", self.tr("State"), lambda r: r["state_label"]),
            Column("accepted", self.tr("Accepted"), lambda r: r["accepted_on"], ColumnKind.DATE),
            Column(
                "due", self.tr("Due (30 days)"), self._due, ColumnKind.DATE, color=self._flag_color
            ),
            Column("flags", self.tr("Flags"), self._flags, color=self._flag_color),
        ]

    @staticmethod
    def _due(row: dict[str, Any]) -> str:
        running = row["state"] in STATE_GROUPS["running"]
        return str(row["due_on"]) if running else ""

    def _flags(self, row: dict[str, Any]) -> str:
        flags = []
        if row["deadline"] == "overdue":
            flags.append(self.tr("overdue"))
        elif row["deadline"] == "due_soon":
            flags.append(self.tr("due soon"))
        if row["follow_up"] != "none":
            flags.append(self.tr("follow-up due"))
        if row["escalated"]:
            flags.append(self.tr("escalated"))
        return " · ".join(flags)

    @staticmethod
    def _flag_color(row: dict[str, Any]) -> str | None:
        if "overdue" in (row["deadline"], row["follow_up"]):
            return ERROR_COLOR
        if "due_soon" in (row["deadline"], row["follow_up"]):
            return DUE_SOON_COLOR
        return None

    def empty_text(self) -> str:
        if self.is_town:
            return self.tr("No village has escalated a case to the town.")
        return self.tr("No mediation case yet. Click “New” to register the first dispute.")

    def search_hint(self) -> str:
        return self.tr("Search dossier no., party, type")

    def choice_filter(self) -> ChoiceFilter:
        return ChoiceFilter(
            self.tr("All cases"),
            [
                (self.tr("Open"), "open"),
                (self.tr("Running (30-day limit)"), "running"),
                (self.tr("Follow-up"), "follow_up"),
                (self.tr("Archived"), "archived"),
            ],
        )

    def open_rows(self, search: str, sort: str, descending: bool) -> RowSource:
        states = STATE_GROUPS.get(str(self.choice_value() or ""), ())
        start, end = self.date_bounds()
        return mediation.case_pages(
            self.ctx.session,
            CaseFilter(text=search, states=states),
            sort=sort,
            descending=descending,
            accepted_from=start,
            accepted_to=end,
        )

    def can_create(self) -> bool:
        return not self.is_town

    # --- detail -----------------------------------------------------------------------------

    def view(self) -> CaseView | None:
        row = self.selected_record()
        if row is None:
            return None
        try:
            return mediation.case_view(self.ctx.session, str(row["id"]))
        except SanzhiError:
            return None

    def detail(self, row: dict[str, Any]) -> Detail:
        view = mediation.case_view(self.ctx.session, str(row["id"]))
        case = view.case
        parties = "\n".join(
            f"{p.role}：{p.name}"
            + (f"（{p.representative}）" if p.representative else "")
            + (f" {mediation.masked_id(p)}" if p.id_number else "")
            for p in view.parties
        )
        due = mediation.due_date(case.accepted_on)
        state = case.case_state.label + (
            self.tr(" · awaiting the town's reply") if view.awaiting_reply else ""
        )
        papers = mediation_papers.list_papers(self.ctx.session, case.id)
        history = "\n".join(
            f"{format_date(e.on)} {e.event_kind.label}" + (f"：{e.detail}" if e.detail else "")
            for e in view.events
        )
        fields = [
            (self.tr("State"), state),
            (self.tr("Source"), case.source),
            (self.tr("Dispute type"), case.dispute_type),
            (self.tr("Parties"), parties),
            (self.tr("Mediators"), "、".join(view.mediators)),
            (self.tr("Summary"), case.summary),
            (self.tr("Amount involved"), format_money(case.amount_fen)),
            (self.tr("Accepted"), format_date(case.accepted_on)),
            (self.tr("Settle by"), format_date(due.isoformat()) if due else ""),
            (
                self.tr("Papers"),
                "\n".join(f"{format_date(p.paper.on)} {p.kind.label}" for p in papers),
            ),
            (self.tr("History"), history),
        ]
        if view.read_only:
            fields.insert(0, (self.tr("Read-only"), self.tr("From village {0}").format(view.owner)))
        actions = [
            Action(f"action_{key}", text, run)
            for key, (text, run) in self._labels(view).items()
            if key in view.allowed
        ]
        if case.agreement_form == "written":
            actions.append(
                Action("action_print_agreement", self.tr("Print agreement"), self.print_agreement)
            )
        actions.append(
            Action("paper_intake", self.tr("Print the intake register"), self.print_intake)
        )
        for stored in papers:
            label = f"{format_date(stored.paper.on)} {stored.kind.label}"
            actions.append(
                Action(
                    f"paper_{stored.id}",
                    self.tr("Print: {0}").format(label),
                    lambda sid=stored.id, text=label: self.print_paper(sid, text),
                )
            )
        steps = [STEP_LABELS[s] for s in MAIN_STEPS]
        return Detail(case.dossier_no, fields, steps, step_index(case.case_state), actions)

    def _labels(self, view: CaseView) -> dict[str, tuple[str, Callable[[], object]]]:
        return {
            "accept": (self.tr("Accept"), self.accept_case),
            "refuse": (self.tr("Refuse"), self.refuse_case),
            "refer": (self.tr("Refer"), self.refer_case),
            "rights_notice": (self.tr("Rights notice given"), self.rights_notice),
            "investigation": (self.tr("Investigation record"), self.investigation),
            "session": (self.tr("Session record"), self.record_session),
            "agreement": (self.tr("Agreement reached"), self.record_agreement),
            "terminate": (self.tr("Terminate"), self.terminate),
            "follow_up": (self.tr("Follow-up visit"), self.follow_up),
            "performed": (self.tr("Performed"), lambda: self.performance(True)),
            "not_performed": (self.tr("Not performed"), lambda: self.performance(False)),
            "judicial_confirmation": (self.tr("Judicial confirmation"), self.confirmation),
            "archive": (self.tr("Archive"), self.archive),
            "escalate": (self.tr("Escalate to town"), self.escalate),
            "reply": (self.tr("Reply"), self.reply),
            "edit": (self.tr("Edit details"), self.edit_details),
        }

    # --- steps ------------------------------------------------------------------------------

    def _case_id(self) -> str:
        case_id = self.selected_id()
        assert case_id is not None
        return case_id

    def _step(
        self, title: str, fields: list[FieldSpec], call: Callable[[str, dict[str, Any]], object]
    ) -> FormDialog:
        case_id = self._case_id()
        return self.open_form(title, fields, lambda v: call(case_id, iso_dates(v)))

    def accept_case(self) -> FormDialog:
        return self._step(
            self.tr("Accept the case"),
            CaseForm().note(),
            lambda c, v: mediation.accept_case(self.ctx.session, c, on=v["on"], note=v["note"]),
        )

    def refuse_case(self) -> FormDialog:
        return self._step(
            self.tr("Refuse the case"),
            CaseForm().reason(),
            lambda c, v: mediation.refuse_case(self.ctx.session, c, on=v["on"], reason=v["reason"]),
        )

    def refer_case(self) -> FormDialog:
        return self._step(
            self.tr("Refer the case"),
            CaseForm().refer(),
            lambda c, v: mediation.refer_case(
                self.ctx.session, c, on=v["on"], to=v["to"], reason=v["reason"]
            ),
        )

    def rights_notice(self) -> FormDialog:
        return self._step(
            self.tr("Rights notice given"),
            CaseForm().rights_notice(),
            lambda c, v: mediation.record_paper(self.ctx.session, c, RightsNotice(**v)),
        )

    def investigation(self) -> FormDialog:
        return self._step(
            self.tr("Investigation record"),
            CaseForm().investigation(),
            lambda c, v: mediation.record_investigation(self.ctx.session, c, Investigation(**v)),
        )

    def record_session(self) -> FormDialog:
        view = self.view()
        assert view is not None
        present = "、".join([p.name for p in view.parties] + view.mediators)
        return self._step(
            self.tr("Session record"),
            CaseForm().session(present),
            lambda c, v: mediation.record_session(self.ctx.session, c, SessionRecord(**v)),
        )

    def record_agreement(self) -> FormDialog:
        view = self.view()
        assert view is not None

        def submit(case_id: str, v: dict[str, Any]) -> object:
            terms = terms_of(v.pop("terms"))
            if v.pop("form") == ORAL:
                paper: WrittenAgreement | OralAgreement = OralAgreement(
                    on=v["on"],
                    content="；".join(terms),
                    performance_manner=v["performance_manner"],
                    performance_due=v["performance_due"],
                )
            else:
                paper = WrittenAgreement(**v, terms=terms)
            return mediation.record_agreement(self.ctx.session, case_id, paper)

        return self._step(
            self.tr("Agreement reached"),
            CaseForm().agreement(len(view.parties) + 1, self.ctx.session.operator),
            submit,
        )

    def terminate(self) -> FormDialog:
        return self._step(
            self.tr("Terminate the mediation"),
            CaseForm().terminate(),
            lambda c, v: mediation.terminate_case(
                self.ctx.session, c, on=v["on"], reason=v["reason"], routes=v["routes"]
            ),
        )

    def follow_up(self) -> FormDialog:
        return self._step(
            self.tr("Follow-up visit"),
            CaseForm().follow_up(self.ctx.session.operator),
            lambda c, v: mediation.record_follow_up(self.ctx.session, c, FollowUp(**v)),
        )

    def performance(self, performed: bool) -> FormDialog:
        title = self.tr("Agreement performed") if performed else self.tr("Agreement not performed")
        return self._step(
            title,
            CaseForm().note(),
            lambda c, v: mediation.confirm_performance(
                self.ctx.session, c, on=v["on"], performed=performed, note=v["note"]
            ),
        )

    def confirmation(self) -> FormDialog:
        return self._step(
            self.tr("Judicial confirmation"),
            CaseForm().confirmation(),
            lambda c, v: mediation.record_paper(self.ctx.session, c, JudicialConfirmation(**v)),
        )

    def archive(self) -> FormDialog:
        view = self.view()
        assert view is not None
        return self._step(
            self.tr("Archive with closing report"),
            CaseForm().archive(view.case.case_state.label),
            lambda c, v: mediation.archive_case(self.ctx.session, c, ClosingReport(**v)),
        )

    def escalate(self) -> FormDialog:
        return self._step(
            self.tr("Escalate to the town"),
            CaseForm().reason(),
            lambda c, v: mediation.escalate_case(
                self.ctx.session, c, on=v["on"], reason=v["reason"]
            ),
        )

    def reply(self) -> FormDialog:
        return self._step(
            self.tr("Reply to the village"),
            CaseForm().reply(),
            lambda c, v: mediation.reply_to_escalation(self.ctx.session, c, v["text"], on=v["on"]),
        )

    def edit_details(self) -> FormDialog:
        from dataclasses import replace

        view = self.view()
        assert view is not None
        case = view.case
        return self._step(
            self.tr("Edit case details"),
            CaseForm().details(case, list(mediation.dispute_types(self.ctx.session))),
            lambda _c, v: mediation.update_case_details(self.ctx.session, replace(case, **v)),
        )

    # --- new case, printing -----------------------------------------------------------------

    def new_record(self) -> FormDialog:
        """受理登记: parties and mediators chosen from the roster and the committee."""
        session = self.ctx.session
        persons = person_choices(session)
        committee = [
            (f"{m.name}（{m.role}）", m.id)
            for m in mediators.list_mediators(session, active_only=True)
        ]
        return self.open_form(
            self.tr("Register a mediation case"),
            CaseForm().register(mediation.dispute_types(session), committee, persons),
            lambda v: mediation.register_case(session, *case_of(v)),
            select_result=True,
        )

    def print_agreement(self) -> object:
        view = self.view()
        if view is None:
            return None
        cid, no = view.case.id, view.case.dossier_no
        return self._preview(
            lambda: mediation_papers.agreement_pdf(self.ctx.session, cid), f"人民调解协议书-{no}"
        )

    def print_intake(self) -> object:
        cid = self._case_id()
        return self._preview(
            lambda: mediation_papers.intake_pdf(self.ctx.session, cid), self.tr("Intake register")
        )

    def print_paper(self, paper_id: str, label: str) -> object:
        cid = self._case_id()
        return self._preview(
            lambda: mediation_papers.paper_pdf(self.ctx.session, cid, paper_id), label
        )

    def print_selected(self, page: str = "A4") -> object:
        """The whole dossier of the selected case."""
        view = self.view()
        if view is None:
            return None
        cid, no = view.case.id, view.case.dossier_no
        return self._preview(
            lambda: mediation_papers.dossier_pdf(self.ctx.session, cid), f"人民调解卷宗-{no}"
        )

    def _preview(self, build: Callable[[], bytes], title: str) -> object:
        from sanzhi_desktop.gui.pdf_preview import preview_pdf
        from sanzhi_desktop.gui.tasks import show_error

        try:
            pdf = build()
        except SanzhiError as exc:
            show_error(self, exc)
            return None
        self.last_preview = preview_pdf(self, pdf, title=title, suggested_name=f"{title}.pdf")
        return self.last_preview
