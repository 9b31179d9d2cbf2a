# a failing assert at module level
total = sum([1, 2, 3])
assert total == 7, f"total is {total}"
