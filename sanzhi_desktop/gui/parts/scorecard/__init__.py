"""考核: the town's scorecard of its villages, a village's own card, and the target catalogue."""
