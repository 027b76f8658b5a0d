"""sanzhi-desktop: the record-keeping desk of a village office (三治融合)."""

__version__ = "0.1.0"
