# groups nested 12 deep: printing stops at max_group_depth
e = ValueError("leaf")
for i in range(12):
    e = ExceptionGroup(f"level {i}", [e])
raise e
