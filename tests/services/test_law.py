"""The 法治 services: 学法 targets and to-dos, 普法 duties, coverage, registers, 六无, search."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from sanzhi_desktop.domain.errors import RefusedError, ValidationError
from sanzhi_desktop.domain.law import Attendee, Learner, StudySession
from sanzhi_desktop.domain.law_duties import Activity, DutyState
from sanzhi_desktop.domain.law_registers import ConstitutionVisit, Honour, SixNilCheck
from sanzhi_desktop.domain.mediation import CaseState
from sanzhi_desktop.services import law, law_figures, law_publicity, law_registers, mediation
from sanzhi_desktop.services.session import Session
from sanzhi_desktop.services.todo import Urgency, collect_todos
from tests.law_factory import Village, backbone, cadre, freeze, make_village, study
from tests.mediation_factory import freeze_today, new_case


@pytest.fixture
def village(session: Session, monkeypatch: pytest.MonkeyPatch) -> Village:
    freeze(monkeypatch)
    return make_village(session)


def law_todos(session: Session) -> list[str]:
    return [t.text for t in collect_todos(session) if t.page == "law"]


# --- 学法 ---------------------------------------------------------------------------------


def test_attendees_take_their_names_from_the_list_and_the_roster(
    session: Session, village: Village
) -> None:
    wang = cadre(session, village)
    made = law.record_session(
        session,
        StudySession(held_on="2026-03-05", form="讲座", topic="民法典", hours=1.5),
        attendees=[
            Attendee(name="随便", learner_id=wang.id),
            Attendee(name="", person_id=village.person("张大山").id),
        ],
        materials=["民法典.pdf", " "],
    )
    assert [a.name for a in made.attendee_list()] == ["王建国", "张大山"]
    assert made.material_list() == ["民法典.pdf"]


def test_a_roster_pick_of_a_listed_cadre_is_linked_and_counted(
    session: Session, village: Village
) -> None:
    wang = cadre(session, village)
    law.record_session(
        session,
        StudySession(held_on="2026-03-05", form="讲座", topic="民法典", hours=1),
        attendees=[Attendee(name="", person_id=village.person("王建国").id)],
    )
    study(session, "2026-04-05", wang)
    [count] = law.learner_counts(session, 2026)
    assert count.attended == 2


def test_a_bad_session_is_refused_field_by_field_and_nothing_is_written(
    session: Session, village: Village
) -> None:
    with pytest.raises(ValidationError) as err:
        law.record_session(
            session,
            StudySession(held_on="2026/3/5", form="讲座", topic="", hours=40),
            attendees=[],
        )
    assert {e.field for e in err.value.errors} == {"held_on", "topic", "hours", "attendees"}
    assert err.value.for_field("hours") == ["学时应大于0、不超过24小时"]
    assert law.list_sessions(session) == []


def test_the_same_person_cannot_be_listed_twice(session: Session, village: Village) -> None:
    cadre(session, village)
    with pytest.raises(ValidationError, match="已在名单中"):
        cadre(session, village)


def test_below_target_learners_are_to_dos_due_soon_in_the_last_quarter(
    session: Session, village: Village, monkeypatch: pytest.MonkeyPatch
) -> None:
    wang, li = cadre(session, village), backbone(session, village)
    for day in ("2026-03-01", "2026-05-01", "2026-07-01"):
        study(session, day, wang, li)
    texts = law_todos(session)
    assert "学法未达标：村干部王建国今年参加3次，年底前应不少于4次" in texts
    assert not any("李秀英" in t for t in texts)  # backbone: 3 ≥ 2
    items = [t for t in collect_todos(session) if t.table == "law_learners"]
    assert [(i.urgency, i.due, i.record_id) for i in items] == [
        (Urgency.DUE_SOON, "2026-12-31", wang.id)
    ]
    freeze(monkeypatch, date(2026, 4, 1))
    [early] = [t for t in collect_todos(session) if t.table == "law_learners"]
    assert early.urgency is Urgency.WAITING  # plenty of year left
    study(session, "2026-09-01", wang)
    freeze(monkeypatch)
    assert not [t for t in collect_todos(session) if t.table == "law_learners"]


def test_a_retired_learner_is_no_longer_a_to_do(session: Session, village: Village) -> None:
    wang = cadre(session, village)
    assert any("王建国" in t for t in law_todos(session))
    law.retire_learner(session, wang.id)
    assert not any("王建国" in t for t in law_todos(session))


# --- 普法 ---------------------------------------------------------------------------------


def test_overdue_and_due_soon_duties_are_to_dos(session: Session, village: Village) -> None:
    duties = law_publicity.duty_list(session)
    assert [d.code for d in duties][:2] == ["PF-01", "PF-02"]
    law_publicity.record_activity(
        session,
        Activity(held_on="2026-10-15", audience="网络", topic="微信推送", duty_code="PF-04"),
    )
    statuses = {
        (s.duty.code, s.period): s.state
        for s in law_publicity.duty_status(session, 2026, today=date(2026, 11, 28))
    }
    # the village was set up today: periods that ended before are excused…
    assert ("PF-04", "2026-09") not in statuses
    # …except from its first activity on: October done, November due soon
    assert statuses[("PF-04", "2026-10")] is DutyState.DONE
    assert statuses[("PF-04", "2026-11")] is DutyState.DUE_SOON
    texts = law_todos(session)
    assert any(t.startswith("普法责任即将到期：2026年11月“法律进网络") for t in texts)


def test_an_activity_must_name_a_duty_of_the_list_and_an_audience_of_the_seven(
    session: Session, village: Village
) -> None:
    with pytest.raises(ValidationError) as err:
        law_publicity.record_activity(
            session, Activity(held_on="2026-10-15", audience="家庭", topic="宣传", duty_code="X")
        )
    assert {e.field for e in err.value.errors} == {"audience", "duty_code"}


def test_only_a_town_replaces_the_duty_list(session: Session, village: Village) -> None:
    with pytest.raises(RefusedError, match="只有镇"):
        law_publicity.replace_town_duties(session, [])


# --- 宪法入户 -------------------------------------------------------------------------------


def test_coverage_by_group_and_a_group_short_of_100_percent_is_a_to_do(
    session: Session, village: Village
) -> None:
    for household in village.households[:3]:
        law_registers.record_visit(
            session,
            ConstitutionVisit(
                household_id=household.id, year=2026, reached_on="2026-05-01", reached_by="网格员"
            ),
        )
    groups = law_registers.coverage(session, 2026)
    assert [(g.group_no, g.households, g.reached) for g in groups] == [(1, 2, 2), (2, 2, 1)]
    assert "宪法入户：2组还有1户未入户宣传（1/2户）" in law_todos(session)
    assert [h["head_name"] for h in law_registers.unreached_households(session, 2026)] == ["刘芳"]


def test_a_second_visit_record_corrects_the_first(session: Session, village: Village) -> None:
    household = village.households[0].id
    for day in ("2026-05-01", "2026-06-01"):
        law_registers.record_visit(
            session,
            ConstitutionVisit(household_id=household, year=2026, reached_on=day, reached_by="甲"),
        )
    [visit] = law_registers.list_visits(session, 2026)
    assert visit["reached_on"] == "2026-06-01"


def test_a_visit_dated_outside_its_year_is_refused(session: Session, village: Village) -> None:
    with pytest.raises(ValidationError, match="入户日期应在所选年度内"):
        law_registers.record_visit(
            session,
            ConstitutionVisit(
                household_id=village.households[0].id,
                year=2026,
                reached_on="2025-12-01",
                reached_by="甲",
            ),
        )


# --- registers and sites -----------------------------------------------------------------


def test_honours_copy_names_refuse_duplicates_and_can_be_revoked(
    session: Session, village: Village
) -> None:
    wang = village.person("王建国")
    made = law_registers.name_honour(
        session,
        Honour(
            kind="law_savvy",
            household_id=wang.household_id,
            person_id=wang.id,
            year=2026,
            basis="培训合格",
        ),
    )
    assert (made.name, made.group_no, made.status) == ("王建国", 1, "active")
    with pytest.raises(ValidationError, match="已在2026年的法律明白人名册中"):
        law_registers.name_honour(
            session,
            Honour(
                kind="law_savvy",
                household_id=wang.household_id,
                person_id=wang.id,
                year=2026,
                basis="again",
            ),
        )
    with pytest.raises(ValidationError, match="请写明撤销原因"):
        law_registers.revoke_honour(session, made.id, reason=" ")
    revoked = law_registers.revoke_honour(session, made.id, reason="迁出本村", on="2026-10-01")
    assert (revoked.status, revoked.revoked_on) == ("revoked", "2026-10-01")


def test_sites_under_300_square_metres_are_a_to_do(session: Session, village: Village) -> None:
    law_registers.save_site(
        session, law_registers.Site(name="法治广场", outdoor_area_m2=250), services=["人民调解室"]
    )
    assert "法治阵地室外面积250平方米，未达到300平方米" in law_todos(session)
    summary = law_registers.sites_summary(session)
    assert "社区矫正工作站" in summary.missing_services
    with pytest.raises(ValidationError, match="没有这一服务项"):
        law_registers.save_site(
            session, law_registers.Site(name="长廊", outdoor_area_m2=100), services=["电影院"]
        )


# --- 六无村 --------------------------------------------------------------------------------


def _six_nil(year: int, **met: bool) -> SixNilCheck:
    items = {
        code: {"met": met.get(code, True), "evidence": "镇综治办证明"}
        for code in ("no_case", "no_lawsuit", "no_petition", "no_cult", "no_gambling_drugs",
                     "no_fatal_accident")
    }  # fmt: skip
    return SixNilCheck(
        year=year, items=json.dumps(items), checked_on=f"{year}-12-20", checked_by="村支书"
    )


def test_no_lawsuit_cannot_be_declared_when_the_mediation_log_sent_a_case_to_court(
    session: Session, village: Village, monkeypatch: pytest.MonkeyPatch
) -> None:
    freeze_today(monkeypatch, "2026-06-30")
    case = new_case(
        session,
        registered_on="2026-06-01",
        people=(village.person("王建国"), village.person("张大山")),
    )
    mediation.accept_case(session, case.id, on="2026-06-02")
    mediation.start_mediation(session, case.id, on="2026-06-03")
    mediation.terminate_case(
        session, case.id, on="2026-06-20", reason="调解不成", routes=["向人民法院起诉"]
    )
    assert mediation.get_case(session, case.id).case_state is CaseState.TERMINATED
    assert law_registers.log_counts(session, 2026) == {"no_lawsuit": 1, "no_case": 0}
    with pytest.raises(ValidationError) as err:
        law_registers.save_six_nil(session, _six_nil(2026))
    assert err.value.for_field("no_lawsuit") == [
        "调解台账显示2026年有1件纠纷诉至法院，不能认定“无讼”"
    ]
    result = law_registers.save_six_nil(session, _six_nil(2026, no_lawsuit=False))
    assert (result.checked, result.met_count, result.met) == (True, 5, False)
    assert "六无村：2026年度自查尚未填写" not in law_todos(session)


def test_a_village_that_has_not_started_the_ledger_gets_no_law_to_dos(
    session: Session, village: Village
) -> None:
    assert law_todos(session) == []
    law_registers.record_title(session, law_registers.VillageTitle(level="县级", year=2024))
    assert "六无村：2026年度自查尚未填写" in law_todos(session)
    assert "宪法入户：1组还有2户未入户宣传（0/2户）" in law_todos(session)


def test_the_year_without_a_check_is_a_to_do(session: Session, village: Village) -> None:
    cadre(session, village)
    assert "六无村：2026年度自查尚未填写" in law_todos(session)
    law_registers.save_six_nil(session, _six_nil(2026))
    assert law_registers.six_nil(session, 2026).met


# --- what others see ------------------------------------------------------------------------


def test_search_finds_topics_and_attendees_names_short_and_long(
    session: Session, village: Village
) -> None:
    wang = cadre(session, village)
    study(session, "2026-03-01", wang, topic="民法典婚姻家庭编")
    assert [h.table for h in law_figures.search_law(session, "民法典")] == ["law_sessions"]
    [by_name] = law_figures.search_law(session, "建国")
    assert by_name.snippet == "参加人员：王建国"
    assert law_figures.search_law(session, "不存在的词") == []


def test_every_list_exports_to_xlsx_with_chinese_headers(
    session: Session, village: Village, tmp_path: Path
) -> None:
    wang = cadre(session, village)
    study(session, "2026-03-01", wang, form="考试", topic="学法考试")
    for name in law_figures.LIST_NAMES:
        out = tmp_path / f"{name}.xlsx"
        law_figures.export_list(session, name, 2026, out)
        sheet = load_workbook(out).active
        assert isinstance(sheet["A1"].value, str)  # the title row (issue 22)
        headers = [c.value for c in sheet[2]]
        assert headers and all(isinstance(h, str) and not h.isascii() for h in headers)
    counts = load_workbook(tmp_path / "counts.xlsx").active
    assert [c.value for c in counts[3]][:6] == ["王建国", "村干部", "村委会主任", 1, 4, "未达标"]


def test_village_figures_are_what_the_village_sees(session: Session, village: Village) -> None:
    wang = cadre(session, village)
    study(session, "2026-03-01", wang)
    law_registers.record_visit(
        session,
        ConstitutionVisit(
            household_id=village.households[0].id, year=2026, reached_on="2026-03-02",
            reached_by="甲",
        ),
    )  # fmt: skip
    figures = law_figures.village_law_figures(session, session.author.owner, 2026)
    assert (figures.sessions, figures.learners, figures.learners_met) == (1, 1, 0)
    assert (figures.households, figures.reached, figures.coverage_percent) == (4, 1, 25.0)
    assert figures.six_nil_text == "未自查"


def test_a_learner_needs_a_name_and_a_category(session: Session, village: Village) -> None:
    with pytest.raises(ValidationError) as err:
        law.add_learner(session, Learner(name=" ", category="boss"))
    assert {e.field for e in err.value.errors} == {"name", "category"}


def test_a_towns_duty_list_file_must_be_well_formed(empty_session: Session, tmp_path: Path) -> None:
    from sanzhi_desktop.domain.division import OfficeKind
    from sanzhi_desktop.services.office import init_office

    init_office(
        empty_session, kind=OfficeKind.TOWN, code="610722100", name="某镇", town_name="某镇"
    )
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", "utf-8")
    with pytest.raises(ValidationError, match="清单文件格式不对"):
        law_publicity.read_duty_file(bad)
    duplicated = tmp_path / "dup.json"
    items = [
        {"code": "A", "duty": "进乡村", "frequency": "monthly"},
        {"code": "A", "duty": "进学校", "frequency": "weekly"},
    ]
    duplicated.write_text(json.dumps({"items": items}, ensure_ascii=False), "utf-8")
    with pytest.raises(ValidationError) as err:
        law_publicity.replace_town_duties(empty_session, law_publicity.read_duty_file(duplicated))
    assert [e.message for e in err.value.errors] == [
        "第2项编号重复：A",
        "第2项频次应为monthly、quarterly、half_yearly或yearly",
    ]
    assert law_publicity.duty_list(empty_session)[0].code == "PF-01"  # nothing written
