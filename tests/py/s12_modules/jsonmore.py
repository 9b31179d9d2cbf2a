# json: escapes, floats, nesting, separators and indentation variants
import json
print(json.dumps("quote\" backslash\\ newline\n tab\t nul\x00 é €"))
print(json.loads('"\\ud83d\\ude00"') == "😀", json.loads('"\\u20ac"'), json.dumps("😀"))
print(json.dumps([1.0, 0.1, 1e20, -0.0, 3]), json.loads("[1.0, 1e2, -0.5, 10]"))
print(json.dumps({"a": [], "b": {}}, indent=0), json.dumps({"z": 1, "a": [1, 2]}, indent="\t", sort_keys=True))
print(json.dumps(None), json.dumps(True), json.loads("null"), json.loads("false"), json.loads(" [ 1 , 2 ] "))
deep = json.loads("[" * 50 + "]" * 50)
print(type(deep).__name__, json.dumps(deep)[:10])
print(json.loads('{"a": 1, "a": 2}'), json.dumps({"k": (1, 2)}), json.dumps({True: 1, None: 2, 3.5: 3}))
