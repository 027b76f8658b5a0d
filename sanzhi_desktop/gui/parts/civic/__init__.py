"""自治·德治: 一约五会, 乡贤, 家规家训, 道德讲堂 and 移风易俗 on the record kit."""
