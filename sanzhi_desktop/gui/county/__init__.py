"""The county's read-only window over its PostgreSQL database (``sanzhi --pg URL``)."""
