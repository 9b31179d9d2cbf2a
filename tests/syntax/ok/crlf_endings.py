if x:
    y = 1
else:
    y = 2
s = """a
b"""
t = (1,
     2)
