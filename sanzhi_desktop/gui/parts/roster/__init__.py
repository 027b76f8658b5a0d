"""村民档案: households and persons, the roster page and its files."""
