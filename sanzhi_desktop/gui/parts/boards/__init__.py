"""公开栏: notices, quarterly finance, 四议两公开, the issue wall and the town's circulars."""
