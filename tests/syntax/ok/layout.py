# A comment at the top

x = 1  # trailing comment
   # indented comment

if x:

    # comment inside block
    y = 2

        # over-indented comment
    z = 3
total = (1 +
         2 +
    3)
items = [
    1, 2,
        3,
]
value = 1 + \
    2 + \
        3
if a and \
   b:
    pass
d = {
    'a': 1,  # comment in dict
    # full-line comment in dict
    'b': 2,
}
def f(a,
      b):
    return a \
        + b
s = """
    indented text in string
"""
class A:
    def m(self):
        if x:
            return 1
        return 2
z = 0
