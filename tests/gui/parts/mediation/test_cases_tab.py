"""调解案件 tab: register a case, record a session, reach an agreement and print it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.division import OfficeKind
from sanzhi_desktop.domain.errors import RefusedError
from sanzhi_desktop.gui.bar_chart import BarChart
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.parts.mediation.page import MediationPage
from sanzhi_desktop.gui.parts.mediation.report_dialog import MediationReportDialog
from sanzhi_desktop.gui.pdf_preview import PdfPreviewDialog
from sanzhi_desktop.services import mediation, mediation_report
from sanzhi_desktop.services.office import init_office
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.storage import records
from sanzhi_desktop.storage.records import Author
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    sort_by,
)
from tests.mediation_factory import freeze_today, mediator, new_case, villagers


@pytest.fixture(autouse=True)
def _today(monkeypatch: pytest.MonkeyPatch) -> None:
    freeze_today(monkeypatch)


def make_page(qtbot: QtBot, session: Session) -> MediationPage:
    page = MediationPage(GuiContext(session))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.cases_tab.ensure_loaded()
    return page


def actions(page: MediationPage) -> list[str]:
    """The workflow actions offered now (their keys), print buttons left out."""
    detail = page.cases_tab.detail_pane.detail
    assert detail is not None
    return [a.name.removeprefix("action_") for a in detail.actions if a.name.startswith("action_")]


def test_empty_page_says_what_to_do(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    tab = page.cases_tab
    assert_empty_state(tab, "No mediation case yet. Click “New” to register the first dispute.")
    assert tab.detail_pane.detail is None and not tab.detail_pane.body.isVisibleTo(page)


def test_register_session_agreement_and_print(qtbot: QtBot, session: Session) -> None:
    a, b = villagers(session)
    member = mediator(session)
    page = make_page(qtbot, session)

    # Given the register form, when OK is pressed without parties, the message sits there.
    dialog = page.new_record()
    assert isinstance(dialog, FormDialog)
    dialog.set_value("registered_on", "2026-11-02")
    dialog.set_value("summary", "两家因院墙滴水发生争执")
    dialog.set_value("parties", [{"role": "申请人", "kind": "person", "name": a.id}])
    assert not dialog.try_accept()
    assert dialog.isVisible() and dialog.error_labels["parties"].has_error()
    assert dialog.error_labels["mediators"].has_error()
    # a villager typed but not picked from the roster, an organisation without its
    # representative: both refused under the parties, the other fields keep their values
    dialog.set_value(
        "parties",
        [
            {"role": "申请人", "kind": "person", "name": "王大"},
            {"role": "被申请人", "kind": "organisation", "name": "小营砖厂"},
        ],
    )
    assert not dialog.try_accept()
    message = dialog.error_labels["parties"].text()
    assert "请从村民档案中选择" in message and "法定代表人" in message
    assert dialog.fields["summary"].value() == "两家因院墙滴水发生争执"

    # When the parties and a mediator are added, the case is registered and selected.
    dialog.set_value(
        "parties",
        [
            {"role": "申请人", "kind": "person", "name": a.id},
            {"role": "被申请人", "kind": "person", "name": b.id},
            {"role": "第三人", "kind": "outsider", "name": "赵外"},
        ],
    )
    dialog.set_value("mediators", [member.id])
    dialog.set_value("amount_fen", 250050)
    assert dialog.try_accept()
    registered = dialog.result_value
    assert registered is not None and registered.dossier_no == "(2026)小营人调字第1号"
    assert registered.amount_fen == 250050 and registered.people_involved == 3
    names = [
        (p.name, p.kind, bool(p.person_id)) for p in mediation.list_parties(session, registered.id)
    ]
    assert names == [
        ("王大明", "person", True),
        ("李小红", "person", True),
        ("赵外", "outsider", False),
    ]
    tab = page.cases_tab
    assert tab.model.rowCount() == 1 and tab.selected_id() == registered.id
    assert tab.detail_pane.title.text() == "(2026)小营人调字第1号"
    # Only the actions of a registered case are offered.
    assert "accept" in actions(page) and "agreement" not in actions(page)
    assert tab.detail_pane.steps.states[0] == "current"

    form = tab.accept_case()
    form.set_value("on", "2026-11-03")
    assert form.try_accept()
    assert mediation.get_case(session, registered.id).state == "accepted"

    form = tab.record_session()
    form.set_value("on", "2026-11-05")
    form.set_value("statements", "双方陈述了经过")
    form.set_value("outcome", "同意协商")
    assert form.try_accept()
    assert not form.isVisible()
    assert mediation.get_case(session, registered.id).state == "mediating"
    assert "agreement" in actions(page)

    form = tab.record_agreement()
    form.set_value("on", "2026-11-06")
    form.set_value("facts", "屋檐滴水落入邻院")
    # no terms yet: refused, kept open with the message under the field
    assert not form.try_accept()
    assert form.isVisible() and form.error_labels["terms"].has_error()
    form.set_value("terms", ["加装接水槽。", "疏通排水沟。"])
    assert not form.error_labels["terms"].has_error()  # cleared as the field changed
    assert form.try_accept()
    case = mediation.get_case(session, registered.id)
    assert case.state == "agreed" and case.agreement_form == "written"
    assert tab.detail_pane.steps.states[4] == "current"
    detail = tab.detail_pane.detail
    assert detail is not None
    papers = dict(detail.fields)["Papers"]
    assert "人民调解协议书" in papers and "调解记录" in papers

    # Print = the preview opens on the agreement's PDF.
    button = tab.detail_pane.action_button("action_print_agreement")
    assert button is not None
    button.click()
    preview = tab.last_preview
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count() == 1
    assert b"%PDF" in preview.pdf[:8]


def test_forbidden_steps_are_not_offered_and_overdue_is_flagged(
    qtbot: QtBot, session: Session
) -> None:
    case = new_case(session, registered_on="2026-10-01")
    mediation.accept_case(session, case.id, on="2026-10-02")
    page = make_page(qtbot, session)
    assert page.select_record("mediation_cases", case.id)
    assert "agreement" not in actions(page)  # not before mediating
    assert "archive" not in actions(page)
    tab = page.cases_tab
    row = tab.model.record(0)
    assert row["deadline"] == "overdue"
    flags_index = tab.model.index(0, tab.model.column_index("flags"))
    assert tab.model.data(flags_index, Qt.ItemDataRole.ForegroundRole) is not None


def test_town_sees_escalated_village_cases_read_only_and_replies(
    qtbot: QtBot, empty_session: Session
) -> None:
    session = empty_session
    init_office(session, kind=OfficeKind.TOWN, code="610722100", name="某镇")
    village = Author(operator="村文书", owner="610722100201")
    with session.db.atomic():
        row = records.insert_record(
            session.db,
            "mediation_cases",
            {
                "dossier_year": 2026,
                "dossier_seq": 4,
                "dossier_no": "(2026)小营人调字第4号",
                "source": "当事人申请",
                "dispute_type": "征地拆迁",
                "summary": "征地补偿分配",
                "registered_on": "2026-11-01",
                "state": "mediating",
                "escalated": 1,
            },
            author=village,
        )
        records.insert_record(
            session.db,
            "mediation_events",
            {"case_id": row["id"], "kind": "escalated", "on": "2026-11-05", "detail": "涉及30户"},
            author=village,
        )
    page = make_page(qtbot, session)
    tab = page.cases_tab
    assert not page.new_button.isVisibleTo(page)
    assert tab.model.rowCount() == 1
    tab.select(row["id"])
    assert actions(page) == ["reply"]
    detail = tab.detail_pane.detail
    assert detail is not None and "610722100201" in dict(detail.fields)["Read-only"]
    form = tab.reply()
    form.set_value("text", "镇司法所将到村联合调解")
    assert form.try_accept()
    detail = tab.detail_pane.detail
    assert detail is not None
    history = dict(detail.fields)["History"]
    assert "镇回复" in history and "联合调解" in history


def test_report_dialog_shows_chart_and_table(
    qtbot: QtBot, session: Session, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = new_case(session)
    mediation.accept_case(session, case.id, on="2026-11-03")
    ctx = GuiContext(session)
    dialog = MediationReportDialog(ctx, month="2026-11")
    qtbot.addWidget(dialog)
    assert isinstance(dialog.chart, BarChart)
    assert ("邻里", 1) in dialog.chart.items and len(dialog.chart.items) == 15
    assert dialog.types.rowCount() == 15
    values = {
        dialog.figures.item(r, 0).text(): dialog.figures.item(r, 1).text()
        for r in range(dialog.figures.rowCount())
    }
    assert values["受理纠纷"] == "1" and values["涉及金额（元）"] == "2500.00"

    # a refusal of the service shows beside the month, the figures stay
    def refuse(_session: Session, _month: str) -> None:
        raise RefusedError("月份不对")

    monkeypatch.setattr(mediation_report, "month_report", refuse)
    dialog.set_month("2026-10")
    assert dialog.month_error.has_error() and dialog.month_error.text() == "月份不对"
    assert dialog.types.rowCount() == 15
    monkeypatch.undo()
    dialog.set_month("2026-11")
    assert not dialog.month_error.has_error()
    saved = dialog.save_xlsx(tmp_path / "r.xlsx")
    assert saved is not None and saved.exists()


def test_dossiers_sort_by_year_and_number(qtbot: QtBot, session: Session) -> None:
    people, member = villagers(session), mediator(session)
    for _ in range(10):
        new_case(session, people=people, mediator_id=member.id)
    page = make_page(qtbot, session)
    numbers = sort_by(page.cases_tab, "dossier")
    assert numbers[0] == "(2026)小营人调字第1号" and numbers[-1] == "(2026)小营人调字第10号"


def test_dispute_types_sort_in_pinyin_order(qtbot: QtBot, session: Session) -> None:
    people, member = villagers(session), mediator(session)
    for dispute_type in ("邻里", "合同", "损害赔偿"):
        new_case(session, people=people, dispute_type=dispute_type, mediator_id=member.id)
    page = make_page(qtbot, session)
    assert sort_by(page.cases_tab, "type") == ["合同", "邻里", "损害赔偿"]


def test_a_refused_detail_change_sits_beside_its_field(qtbot: QtBot, session: Session) -> None:
    case = new_case(session)
    page = make_page(qtbot, session)
    page.select_record("mediation_cases", case.id)
    form = page.cases_tab.edit_details()
    assert isinstance(form, FormDialog)
    form.set_value("summary", "")
    assert not form.try_accept()
    assert form.error_labels["summary"].text()


def test_refreshes_once_for_its_tables_only(qtbot: QtBot, session: Session) -> None:
    page = make_page(qtbot, session)
    assert_refreshes_only_for_its_tables(page.ctx, page.cases_tab, "notices")


def test_the_case_log_reads_on_when_scrolled(qtbot: QtBot, session: Session) -> None:
    # Given more cases than one (here three-row) page,
    people, member = villagers(session), mediator(session)
    for _ in range(8):
        new_case(session, people=people, mediator_id=member.id)
    page = make_page(qtbot, session)
    tab = page.cases_tab
    tab.model.page_size = 3  # type: ignore[attr-defined]
    tab.refresh()
    # the list first holds one page, newest dossier first,
    assert tab.model.rowCount() == 3 and tab.model.canFetchMore()
    assert tab.model.record(0)["dossier_no"] == "(2026)小营人调字第8号"
    # and scrolling reads the rest, each row flagged by the service as it is read.
    while tab.model.canFetchMore():
        tab.table.scrollToBottom()
        qtbot.wait(1)
    assert tab.model.rowCount() == 8
    assert all("deadline" in tab.model.record(r) for r in range(8))


def test_search_and_state_go_to_sql(qtbot: QtBot, session: Session) -> None:
    people, member = villagers(session), mediator(session)
    for dispute_type in ("邻里", "合同"):
        new_case(session, people=people, dispute_type=dispute_type, mediator_id=member.id)
    page = make_page(qtbot, session)
    tab = page.cases_tab
    tab.filters.search.setText("合同")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.record(0)["dispute_type"] == "合同"
    tab.filters.search.setText("没有这种纠纷")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert tab.stack.currentWidget() is tab.empty
