"""The county's store: the towns' records gathered in PostgreSQL (issue 24).

A county holds 15–25 towns and 250–400 villages, years of them: more than one
clerk's SQLite file should carry, and a county office runs a database server.
The records are the towns' own tables, the same columns and the same merge
rule (DESIGN.md §2–3), in PostgreSQL through psycopg 3, list-partitioned by
town. Like the rest of :mod:`sanzhi_desktop.storage`, this is the only place
that runs SQL against it:

- :mod:`.schema` — the tables, generated from a freshly migrated town
  database, and the county's own (towns, ingest ledger, refusals);
- :mod:`.ingest` — one bundle's rows copied in and merged, in one transaction.

psycopg is an optional dependency (the ``county`` extra): a village's or a
town's installation never imports this package.
"""
