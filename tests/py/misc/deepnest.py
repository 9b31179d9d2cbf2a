# deeply nested literals and calls
nested = [[[[[[[[[[1]]]]]]]]]]
d = 0
while isinstance(nested, list):
    nested = nested[0]
    d += 1
print(d, nested)
def wrap(n):
    return (n,) if n == 0 else (wrap(n - 1),)
print(wrap(5))
value = {"a": {"b": {"c": {"d": {"e": [1, {"f": "deep"}]}}}}}
print(value["a"]["b"]["c"]["d"]["e"][1]["f"])
print(((((((((((1 + 2)))))))))) * 3)
