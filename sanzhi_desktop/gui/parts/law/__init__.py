"""法治: the village's rule-of-law ledger on the record kit (one tab per record kind)."""
