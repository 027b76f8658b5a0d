"""The sync-file format of DESIGN.md §3: crypto, archive, manifest, cards and merge rules.

A layer beside ``storage`` and ``printing``: bytes and plain values in, bytes
and plain values out. It never touches the database (``services.sync`` is the
only place that joins this package with storage), so the format can be read,
tested and reused by other tools without an office's data file.
"""

from __future__ import annotations

from sanzhi_desktop.domain.errors import RefusedError


class SyncFileError(RefusedError):
    """A sync file (or card) that must be refused; ``str(err)`` says why, for the clerk."""
