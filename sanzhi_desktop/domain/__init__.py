"""Plain data, validation and workflow rules. Standard library only.

Everything here can be tested without a database, a GUI or a file: the
storage and service layers build on it, never the other way round.
"""
