# json: dumps/loads round trips, options, errors
import json
data = {"name": "mpy", "n": [1, 2.5, True, None], "nested": {"k": "v"}, "u": "é"}
s = json.dumps(data)
print(s)
print(json.loads(s) == data, json.dumps(data, sort_keys=True), json.dumps([1, 2], separators=(",", ":")))
print(json.dumps(data, indent=2))
print(json.loads('{"a": [1, {"b": null}], "c": "\\u00e9\\n"}'), json.loads("3.5"), json.loads("[]"), json.loads(' "s" '))
print(json.dumps("é", ensure_ascii=False), json.dumps((1, 2)), json.dumps({1: "int key"}), json.dumps(float("inf")))
for bad in ("{", "[1,]", "{'a': 1}", "nul", ""):
    try:
        json.loads(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print(type(e).__name__, e)
