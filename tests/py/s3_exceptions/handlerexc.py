# an exception inside an except handler replaces the original, which becomes __context__
def parse(s):
    try:
        return int(s)
    except ValueError:
        return int(s.strip("x"))
print(parse("12"), parse("x5x"))
try:
    parse("abc")
except ValueError as e:
    print(type(e).__name__, e)
    print("context:", e.__context__)
