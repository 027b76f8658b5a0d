"""党建: the branch's members, 三会一课, the yearly cycle, posts, training and cadres."""
