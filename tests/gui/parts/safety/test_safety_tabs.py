"""平安 tabs: sweeps (零报告 and a finding), findings (sent to mediation, refusal beside its
field), petitions and patrols — pinyin order, empty states, refreshes only for their tables."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.patrols import Patrol
from sanzhi_desktop.domain.petitions import Petition
from sanzhi_desktop.domain.screening import Sweep
from sanzhi_desktop.gui.context import GuiContext
from sanzhi_desktop.gui.kit.form import FormDialog
from sanzhi_desktop.gui.kit.record_tab import RecordTab
from sanzhi_desktop.gui.parts.safety.page import SafetyPage
from sanzhi_desktop.services import patrols, petitions, screening
from sanzhi_desktop.services.session import Session
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    show_tab,
    sort_by,
)
from tests.safety_factories import finding, make_village


def page_on(qtbot: QtBot, session: Session, tab_name: str) -> tuple[SafetyPage, RecordTab]:
    page = SafetyPage(GuiContext(session))
    tab: RecordTab = getattr(page, f"{tab_name}_tab")
    show_tab(qtbot, page, tab)
    return page, tab


def open_dialog(tab: RecordTab) -> FormDialog:
    return next(d for d in tab.findChildren(FormDialog) if d.isVisible())


def test_sweeps_empty_then_a_nil_return_is_listed(qtbot: QtBot, session: Session) -> None:
    page, tab = page_on(qtbot, session, "sweeps")
    assert_empty_state(tab, "No sweeps recorded yet. Click “New” to record the first one.")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("swept_by", "治保主任")
    assert dialog.try_accept()
    assert tab.model.rowCount() == 1
    [sweep] = screening.list_sweeps(session)
    assert sweep.nil_return == 1


def test_sweeps_sort_by_sweeper_in_pinyin_and_refresh_for_their_tables(
    qtbot: QtBot, session: Session
) -> None:
    for name in ("曾强", "张伟", "单丽", "安平"):
        screening.record_sweep(session, Sweep(sweep_date="2026-11-20", swept_by=name))
    page, tab = page_on(qtbot, session, "sweeps")
    assert sort_by(tab, "by") == ["安平", "单丽", "曾强", "张伟"]
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_sending_to_mediation_without_a_mediator_is_refused_beside_the_field(
    qtbot: QtBot, session: Session
) -> None:
    village = make_village(session)
    session.db.execute("UPDATE mediation_mediators SET active = 0")  # nobody to choose
    screening.record_sweep(
        session, Sweep(sweep_date="2026-11-20", swept_by="网格员"), [finding(village)]
    )
    [found] = screening.list_findings(session)
    _page, tab = page_on(qtbot, session, "findings")
    tab.select(found.id)
    button = tab.detail_pane.action_button("mediateFinding")
    assert button is not None and button.isEnabled()
    button.click()
    dialog = open_dialog(tab)
    assert not dialog.try_accept()
    assert "调解员" in dialog.error_labels["mediators"].text()
    assert not screening.get_finding(session, found.id).handled


def test_a_handled_finding_offers_no_second_handling(qtbot: QtBot, session: Session) -> None:
    village = make_village(session)
    screening.record_sweep(
        session, Sweep(sweep_date="2026-11-20", swept_by="网格员"), [finding(village)]
    )
    [found] = screening.list_findings(session)
    page, tab = page_on(qtbot, session, "findings")
    tab.select(found.id)
    button = tab.detail_pane.action_button("resolveFinding")
    assert button is not None
    button.click()
    dialog = open_dialog(tab)
    dialog.set_value("handled_note", "当场化解")
    assert dialog.try_accept()
    tab.select(found.id)
    again = tab.detail_pane.action_button("escalateFinding")
    assert again is not None and not again.isEnabled()
    assert again.toolTip() == "Already handled."
    assert_refreshes_only_for_its_tables(page.ctx, tab, "patrols")


def test_findings_and_petitions_and_patrols_show_empty_states(
    qtbot: QtBot, session: Session
) -> None:
    _page, findings = page_on(qtbot, session, "findings")
    assert_empty_state(findings, "No disputes found yet.")
    _page, petition_tab = page_on(qtbot, session, "petitions")
    assert_empty_state(petition_tab, "No petitions registered.")
    _page, patrol_tab = page_on(qtbot, session, "patrols")
    assert_empty_state(patrol_tab, "No patrols recorded yet.")


def test_petition_without_a_leader_is_refused_beside_the_field(
    qtbot: QtBot, session: Session
) -> None:
    page, tab = page_on(qtbot, session, "petitions")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("petitioner", "王某")
    dialog.set_value("matter", "反映排水不畅")
    assert not dialog.try_accept()
    assert "包案领导" in dialog.error_labels["case_owner"].text()
    dialog.set_value("case_owner", "村支书")
    assert dialog.try_accept()
    assert len(petitions.list_petitions(session)) == 1


def test_petitions_sort_by_petitioner_in_pinyin(qtbot: QtBot, session: Session) -> None:
    for name in ("曾强", "张伟", "单丽", "安平"):
        petitions.register_petition(
            session, Petition(name, "反映排水", "2026-11-01", "来访", "村支书")
        )
    page, tab = page_on(qtbot, session, "petitions")
    assert sort_by(tab, "petitioner") == ["安平", "单丽", "曾强", "张伟"]
    assert_refreshes_only_for_its_tables(page.ctx, tab, "patrols")


def test_patrol_without_a_route_is_refused_and_refreshes_only_for_patrols(
    qtbot: QtBot, session: Session
) -> None:
    page, tab = page_on(qtbot, session, "patrols")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("members", "张三、李四")
    assert not dialog.try_accept()
    assert dialog.error_labels["route"].text()
    dialog.set_value("route", "一组—二组")
    assert dialog.try_accept()
    assert_refreshes_only_for_its_tables(page.ctx, tab, "petitions")
    for name in ("曾强", "安平"):
        patrols.record_patrol(session, Patrol("2026-11-21", "日巡", name, "河堤"))
    tab.refresh()
    assert sort_by(tab, "members")[:2] == ["安平", "曾强"]


def test_self_check_needs_evidence_beside_the_item_and_refreshes_for_its_tables(
    qtbot: QtBot, session: Session
) -> None:
    from sanzhi_desktop.services import safe_village

    page, tab = page_on(qtbot, session, "checks")
    assert_empty_state(tab, "No self-check yet.")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("met_3", True)
    assert not dialog.try_accept()
    assert "第3项" in dialog.error_labels["evidence_3"].text()
    dialog.set_value("evidence_3", "调委会台账")
    assert dialog.try_accept()
    [check] = safe_village.list_checks(session)
    assert check.met_count == 1 and tab.model.rowCount() == 1
    assert_refreshes_only_for_its_tables(page.ctx, tab, "patrols")
