# json: every decoder error message with its position, escapes, surrogate pairs,
# dumps options (indent, separators, sort_keys, ensure_ascii, allow_nan, skipkeys, default)
import json
docs = ["{", "[1,]", "{'a': 1}", "nul", "", "[1 2]", '{"a" 1}', '"abc', '"a\\x"', '"\\u12"', '{"a":1,}', "1 2",
        '"a\x01"', ' [1, 2.5e3, -0, -1.5E-2, {"k": [true, false, null]}, "\\ud83d\\ude00\\n"] ', "-", "01", "1.",
        "1e5", "NaN", "-Infinity", '{"a":1 "b"}', '{"a":}', "[", '{"a"', "[1,\n  ]", '"\\/\\b\\f\\t\\r"']
for d in docs:
    try:
        print(repr(d), repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(repr(d), type(e).__name__, e, e.pos, e.lineno, e.colno)
objs = [{"a": [1, 2.5, None, True], "b": {"c": "é\n\x01😀"}}, [], {}, [[]], [float("inf"), float("nan")], (1, 2), {"b": 1, "a": {}}]
for o in objs:
    for kw in [{}, {"indent": 2}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")}, {"ensure_ascii": False}, {"indent": 0}]:
        print(json.dumps(o, **kw))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}), json.dumps({"s": {3, 1}}, default=sorted), json.dumps({(1,): 1, "k": 2}, skipkeys=True))
for bad in (lambda: json.dumps({"s": {1}}), lambda: json.dumps([float("nan")], allow_nan=False), lambda: json.dumps({(1,): 2}), lambda: json.loads(5)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(issubclass(json.JSONDecodeError, ValueError), json.loads('{"a": {"b": [1, [2, [3]]]}}', object_hook=lambda d: sorted(d)))
