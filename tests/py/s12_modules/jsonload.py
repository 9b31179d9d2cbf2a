# json.loads/load: hooks, number parsing, CPython's JSONDecodeError messages
import json

print(json.loads('{"a": [1, 2.5, -0, 1e3, -1.5E-2, true, false, null], "b": "\\u00e9\\n"}'))
print(json.loads('[1, 2]', object_hook=lambda d: d), json.loads(b'{"x": 1}'), json.loads(bytearray(b"[2]")))
print(json.loads('{"b": 1, "a": {"c": 2}}', object_pairs_hook=list))
print(json.loads('{"b": 1, "a": 2}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.5, 2, 3]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda c: "const " + c))
print(json.loads('[NaN, Infinity, -Infinity]'))
print(json.loads('"\\ud83d\\ude00"') == "\U0001f600", json.loads('"\\/\\b\\f\\r\\t"'))
print(json.loads("12345678901234"), json.loads(" \n\t 7 \r\n"))
bad = ['', '   ', '[', '[1,', '[1 2]', '{"a" 1}', '{"a": 1,}', '{1: 2}', '"abc', '"a\x01"',
       '"\\x"', '"\\u12"', 'nul', '[1] x', '{"a": [1, 2}', '\n\n  [1,\n  ]', '01', '-', '1.',
       '.5', '"\\ud800', '{"a":1 "b":2}', '[,]', 'tru', '\ufeff[]']
for doc in bad:
    try:
        json.loads(doc)
        print("no error for", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(3)
except TypeError as e:
    print("TypeError", e)
print(isinstance(json.JSONDecodeError("m", "d", 0), ValueError))


class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: ("obj", sorted(d)), **kw)


print(json.loads('{"q": 1, "p": {}}', cls=Dec))
try:
    json.loads('[1, 2', cls=Dec)
except ValueError as e:
    print("ValueError", e)
with open("jsonload.tmp", "w") as f:
    json.dump({"saved": [1, "two", 3.0]}, f, indent=1)
with open("jsonload.tmp") as f:
    print(f.read())
with open("jsonload.tmp") as f:
    print(json.load(f))
import os
os.remove("jsonload.tmp")
