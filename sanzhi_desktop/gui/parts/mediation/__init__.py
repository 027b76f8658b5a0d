"""人民调解: the case log from intake to archive, its papers, the committee and the report."""
