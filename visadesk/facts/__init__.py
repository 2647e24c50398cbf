"""Facts the app prints (fees, stay limits, border rules), each with where it comes from and
when it was checked: the one place that forms, checklists and routes take them from."""
