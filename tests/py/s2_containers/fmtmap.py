# str.format_map and format with nested replacement fields
class Default(dict):
    def __missing__(self, key):
        return f"<{key}>"
print("{name} is {age}".format_map({"name": "Al", "age": 3}))
print("{a}-{b}".format_map(Default(a=1)))
print("{:{fill}{align}{width}}".format("x", fill="*", align="^", width=7))
print("{0:{1}.{2}}".format("abcdef", 8, 3) + "|")
try:
    "{x}".format_map({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0}".format_map({})
except ValueError as e:
    print(type(e).__name__, e)
