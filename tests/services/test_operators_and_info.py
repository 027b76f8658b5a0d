from pathlib import Path

import pytest

from sanzhi_desktop.domain.errors import ValidationError
from sanzhi_desktop.services import info, operators, settings
from sanzhi_desktop.services.session import Session, open_session
from tests.services.test_roster import add_family


def test_operators_are_kept_in_settings(session: Session) -> None:
    operators.sign_in(session, "王文书")
    operators.add_operator(session, "李会计")
    assert operators.list_operators(session) == ["王文书", "李会计"]
    assert operators.last_operator(session) == "王文书"
    assert session.operator == "王文书"
    operators.remove_operator(session, "李会计")
    assert operators.list_operators(session) == ["王文书"]
    with pytest.raises(ValidationError):
        operators.add_operator(session, "  ")


def test_signing_in_again_as_the_same_clerk_writes_nothing(session: Session) -> None:
    operators.sign_in(session, "王文书")
    before = session.conn.total_changes
    operators.sign_in(session, "王文书")  # every start of the program does this
    assert session.conn.total_changes == before
    operators.sign_in(session, "李会计")
    assert session.conn.total_changes > before
    assert operators.last_operator(session) == "李会计"


def test_changes_carry_the_signed_in_operator(session: Session) -> None:
    operators.sign_in(session, "王文书")
    add_family(session)
    row = session.db.execute("SELECT DISTINCT operator FROM changes WHERE table_name='persons'")
    assert [r[0] for r in row.fetchall()] == ["王文书"]


def test_language_preference(session: Session) -> None:
    assert settings.preferred_language(session) == "zh_CN"
    settings.set_preferred_language(session, "en")
    assert settings.preferred_language(session) == "en"


def test_info_counts(session: Session) -> None:
    add_family(session)
    data = info.office_info(session)
    assert (data["counts"]["households"], data["counts"]["persons"]) == (1, 2)
    assert set(data["counts"]) >= {"households", "persons"}  # and every other synced table
    assert data["profile"]["code"] == "610722100201"
    assert data["schema_version"] >= 2 and data["site_id"]


def test_check_reports_a_sound_file(session: Session, db_path: Path) -> None:
    assert info.check_database(db_path) == []


def test_worker_copy_sees_the_same_data(session: Session) -> None:
    add_family(session)
    worker = session.worker_copy()
    try:
        assert worker.lock is None
        assert worker.db.execute("SELECT count(*) FROM persons").fetchone()[0] == 2
    finally:
        worker.close()
    # the original session still holds its lock
    from sanzhi_desktop.storage.lock import AlreadyRunningError

    with pytest.raises(AlreadyRunningError):
        open_session(session.path)
