"""德治: 红黑榜, 善行义举榜, 村规民约 (one page) and 十星级文明户, points, awards (another)."""
