"""Use cases: one function per thing a clerk does. No Qt.

The GUI and the CLI are two faces of these functions. Each service takes a
:class:`~sanzhi_desktop.services.session.Session` (the open data file and the
operator at the keyboard), validates with the domain, and owns the
transaction: one service call is one atomic change.
"""
