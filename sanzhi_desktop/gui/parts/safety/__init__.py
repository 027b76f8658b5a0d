"""平安: dispute screening, petitions, patrols (one tab per record kind)."""
