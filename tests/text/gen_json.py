"""Expected json.loads(doc) (shown as json.dumps of the result, or the
JSONDecodeError/ValueError message) and json.dumps of strings, from CPython.
Lone surrogates are left out: MPYDOS strs are UTF-8 and hold U+FFFD instead."""
import json
import random
from casefile import write_table

rng = random.Random(21)


def loads_shown(doc):
    try:
        return json.dumps(json.loads(doc))
    except json.JSONDecodeError as e:
        return "!JSONDecodeError: %s" % e
    except ValueError as e:
        return "!ValueError: %s" % e


docs = ["", " ", "[", "[1,", "[1,]", "{", '{"a" 1}', "[1 2]", "{,}", '{"a":1,}', "-", "01", "1.", "1e",
        "1e+", "-Infinity", "NaN", "Infinity", "nul", "null", "true", "false", "tru", '"abc', '"a\\qb"',
        '"\\u12"', '"\\u12zz"', '"\\ud83d\\ude00"', '"a\x01"', " [1] x", "\ufeff1", '"\\', '"\\u0041',
        '"\\u0041"', '{"a":}', "[1,,2]", '\n\n  {\n "a" : x}', "1" * 5000, "-0", "-0.0", "0.5e-3",
        "1E400", "-1e-400", "123456789012345678901234567890", '{"a": 1, "a": 2, "b": [1, {"c": null}]}',
        '[[[[[]]]]]', '[{}, {"x": []}, [], ""]', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"caf\u00e9 \U0001F600"',
        '  {"k" : "v" , "n" : -12.5e+2 }  ', "[1]]", "{}}", '{"a"', '{"a":', '{"a":1', '[1', '"\\ud83d\\u0041"',
        '"\\uD83D\\uDE00x"', "[-]", "[--1]", "[.5]", "[1.e5]", "[0x10]", "[+1]", "[\"\t\"]", "1 2", "[] []",
        "\t\r\n", '{"\u00e9": "\u00e9"}', '["\\u00e9\\u20ac"]', "[1e5, 1E-5, 0.0, -0, 10]", '[true,false,null]']
for _ in range(300):
    def build(depth):
        pick = rng.random()
        if depth > 3 or pick < 0.4:
            return rng.choice([0, -7, 3.25, 1e100, "s", "\u00e9\n", True, None, 2**70])
        if pick < 0.7:
            return [build(depth + 1) for _ in range(rng.randint(0, 3))]
        return {rng.choice("abcde"): build(depth + 1) for _ in range(rng.randint(0, 3))}
    doc = json.dumps(build(0), indent=rng.choice([None, 1, "\t"]))
    if rng.random() < 0.4 and doc:
        i = rng.randrange(len(doc))
        doc = doc[:i] + rng.choice(["", ",", "]", "}", ":", '"', "x", " "]) + doc[i + 1:]
    docs.append(doc)


def has_lone_surrogate(doc):
    try:
        json.dumps(json.loads(doc), ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    except ValueError:
        pass
    return False


rows = [("loads", d, loads_shown(d)) for d in docs if not has_lone_surrogate(d)]
strings = ["", "plain", 'q"b\\s/', "\x00\x01\x1f\x7f", "caf\u00e9", "\U0001F600", "\u2028", "\n\r\t\b\f"]
strings += ["".join(chr(rng.choice([rng.randrange(0x80), rng.randrange(0x80, 0x3000),
                                    rng.randrange(0x10000, 0x20000)])) for _ in range(6)) for _ in range(200)]
rows += [("dumps", s, json.dumps(s)) for s in strings]
rows += [("dumps_utf8", s, json.dumps(s, ensure_ascii=False)) for s in strings]
write_table("json_cases.txt", rows)
