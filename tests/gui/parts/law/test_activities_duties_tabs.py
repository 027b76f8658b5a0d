"""普法活动 and 责任清单 tabs: an activity fulfils its duty; overdue periods in red."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from sanzhi_desktop.domain.law_duties import Activity
from sanzhi_desktop.gui.widgets import ERROR_COLOR
from sanzhi_desktop.services import law_publicity
from sanzhi_desktop.services.session import Session
from tests.gui.parts.law.helpers import law_page, open_dialog
from tests.gui.parts.tab_checks import (
    assert_empty_state,
    assert_refreshes_only_for_its_tables,
    column_texts,
    sort_by,
)


def test_an_activity_from_the_form_marks_its_duty_done(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, tab = law_page(qtbot, session, monkeypatch, "activities_tab")
    assert_empty_state(tab, "No publicity activities yet.")
    page.new_record()
    dialog = open_dialog(tab)
    dialog.set_value("held_on", date(2026, 11, 5))
    dialog.set_value("audience", "网络")
    dialog.set_value("topic", "微信群推送民法典")
    dialog.set_value("duty_code", "PF-04")
    assert dialog.try_accept()
    assert column_texts(tab, "duty") == ["法律进网络：村法律服务微信群推送普法内容"]
    page.tabs.setCurrentWidget(page.duties_tab)
    page.duties_tab.ensure_loaded()
    states = dict(zip(column_texts(page.duties_tab, "period"),
                      column_texts(page.duties_tab, "state"), strict=False))  # fmt: skip
    assert states["2026年11月"] == "已完成"


def test_a_topic_is_refused_beside_its_field(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, tab = law_page(qtbot, session, monkeypatch, "activities_tab")
    page.new_record()
    dialog = open_dialog(tab)
    assert not dialog.try_accept()
    assert dialog.error_labels["topic"].text() == "请填写活动主题"


def test_topics_sort_in_pinyin_order_and_refreshes(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    for topic in ("宪法宣传", "安全生产", "民法典"):
        law_publicity.record_activity(
            session, Activity(held_on="2026-05-01", audience="乡村", topic=topic)
        )
    page, tab = law_page(qtbot, session, monkeypatch, "activities_tab")
    # by pinyin (an, min, xian), not by character code (安 < 宪 < 民 there)
    assert sort_by(tab, "topic") == ["安全生产", "民法典", "宪法宣传"]
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")


def test_overdue_duty_periods_show_in_red(
    qtbot: QtBot, session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    law_publicity.record_activity(
        session, Activity(held_on="2026-01-10", audience="网络", topic="推送", duty_code="PF-04")
    )
    page, tab = law_page(qtbot, session, monkeypatch, "duties_tab")
    rows = [tab.model.record(r) for r in range(tab.model.rowCount())]
    overdue = [r for r in rows if tab.row_color(r) == ERROR_COLOR]
    assert overdue and all(r.state.value == "overdue" for r in overdue)
    assert {r.period for r in overdue if r.duty.code == "PF-04"} >= {"2026-02", "2026-10"}
    assert_refreshes_only_for_its_tables(page.ctx, tab, "notices")
