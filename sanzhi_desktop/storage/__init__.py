"""The only place that runs SQL: schema, migrations, synced records, queries.

Services call the functions here inside their own transactions; nothing above
this layer sees a cursor. Every write to a synced table goes through
:mod:`sanzhi_desktop.storage.records`, which stamps the sync columns and writes
the change-log row in the same transaction.
"""
