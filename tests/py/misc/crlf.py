# a source file with CRLF (DOS) line endings
def f(a,
      b):
    return a + \
        b

text = """line one
line two"""
print(f(1, 2))
print(repr(text))
if True:
    print("indented block")
class C:
    """doc"""
    x = [1,
         2]
print(C.x, C.__doc__)
# trailing comment without newline