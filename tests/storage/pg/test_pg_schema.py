"""The county's schema: the town's synced tables in PostgreSQL, partitioned by town."""

from __future__ import annotations

import pytest

from sanzhi_desktop.storage.pg import schema
from sanzhi_desktop.storage.records import SYNCED_TABLES


def test_every_synced_table_is_generated_from_the_town_schema() -> None:
    tables = {t.name: t for t in schema.town_tables()}
    assert set(tables) == set(SYNCED_TABLES)
    notices = tables["notices"]
    assert notices.column_names[:1] == ("id",) or "id" in notices.column_names
    kinds = {c.name: c.pg_type for c in notices.columns}
    assert kinds["rev"] == "bigint"
    assert kinds["owner"] == "text"
    # ``on`` is a reserved word in PostgreSQL: it must be quoted, and is.
    events = tables["mediation_events"]
    assert "on" in events.column_names
    assert any('("on")' in s for s in schema.table_ddl(events))


def test_partition_names_take_only_town_codes() -> None:
    assert schema.partition_name("notices", "610722100") == "notices_t610722100"
    with pytest.raises(ValueError):
        schema.partition_name("notices", "610722100'; DROP TABLE x; --")


@pytest.mark.pg
def test_county_schema_partitions_a_table_per_enrolled_town(pg_empty_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_empty_url) as conn:
        assert schema.schema_version(conn) is None
        schema.create_county_schema(conn)
        schema.create_county_schema(conn)  # idempotent
        assert schema.is_current(conn)
        schema.add_town_partition(conn, "610722100")
        rows = conn.execute(
            "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
            " JOIN pg_class p ON p.oid = i.inhparent WHERE p.relname = 'notices'"
        ).fetchall()
        assert [r[0] for r in rows] == ["notices_t610722100"]
        pk = conn.execute(
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
            " WHERE conrelid = 'notices'::regclass AND contype = 'p'"
        ).fetchone()
        assert pk is not None and pk[0] == "PRIMARY KEY (town, id)"
        # a row whose town is not its owner's is refused by the table itself
        with pytest.raises(psycopg.errors.CheckViolation), conn.transaction():
            conn.execute(
                "INSERT INTO law_titles (town, id, owner, rev, rev_site, updated_at, level, year)"
                " VALUES ('610722100', 'x', '610722200001', 1, 's', '', '县级', 2026)"
            )


@pytest.mark.pg
def test_a_new_town_column_reaches_an_existing_county(pg_empty_url: str) -> None:
    """Run ``county init`` on a county made before a migration: the column is added."""
    import psycopg

    with psycopg.connect(pg_empty_url) as conn:
        schema.create_county_schema(conn)
        schema.add_town_partition(conn, "610722100")
        conn.execute('ALTER TABLE notices DROP COLUMN "addressee"')
        conn.commit()
        schema.create_county_schema(conn)
        cols = {
            r[0]
            for r in conn.execute(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_name = 'notices_t610722100'"
            )
        }
        assert "addressee" in cols
