"""信用: credit households (one tab per record kind)."""
