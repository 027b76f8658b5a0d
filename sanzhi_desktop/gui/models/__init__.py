"""Qt item models over service results (QAbstractTableModel and friends).

A model only shapes rows that a service already returned: it never queries
the database, so a page decides when to reload and the model stays testable
with plain dicts.
"""
