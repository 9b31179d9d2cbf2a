# re: backreferences, lookaround, atomic groups, possessive repeats, conditionals, empty loops
import re
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.match(r"(?i)(a)\1", "aA").group())
print(re.findall(r"\w+(?=,)", "a, b, c"), re.findall(r"\d+(?!px)\b", "10px 20em 30"), re.findall(r"(?<=\$)\d+", "$10 and $20, 30"), re.findall(r"(?<!-)\b\d+", "-1 2 -3 4"))
print(re.match(r"(?=(\w+))\w", "abc").group(1), re.search(r"(?<=ab|cd)e", "cde").span(), re.search(r"(?<=a(b))c", "abc").group(1))
print(re.match(r"(?>a+)b", "aaab").group(), re.match(r"(?>a+)ab", "aaab"), re.match(r"a++b", "aab").group(), re.match(r"a++ab", "aaab"), re.match(r"a*+", "aaa").group(), re.match(r"[ab]?+b", "b"))
print(re.match(r"(a)?(?(1)b|c)", "ab").group(), re.match(r"(a)?(?(1)b|c)", "c").group(), re.match(r"(?P<x><)?\w+(?(x)>)", "<tag>").group())
print(re.match(r"(a*)*", "b").groups(), re.match(r"(a*)+", "aa").groups(), re.match(r"(a|)*b", "aab").group(), re.findall(r"(?:a?)*?y", "aay"))
print(re.match(r"(a?)*", "b").group(1), re.match(r"(ab|a)*", "abab").group(1), re.match(r"(?:(a)|b)*", "ab").group(1))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"), re.findall(r"(?m)^(\w+):\s*(.*)$", "key: val\nname:  joe"))
print(re.match(r"^(\d+)\.(\d+)\.(\d+)$", "3.11.4").groups(), re.fullmatch(r"[\w.+-]+@[\w-]+\.[\w.]+", "john.doe@example.com") is not None)
log = "127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] \"GET /apache_pb.gif HTTP/1.0\" 200 2326"
m = re.match(r'(\S+) \S+ \S+ \[([^\]]+)\] "(\w+) (\S+) ([^"]+)" (\d{3}) (\d+|-)', log)
print(m.groups())
print(re.match("a" * 5000, "a" * 5000).end(), len(re.findall("a|b", "ab" * 3000)), re.match(r"(?:a|b)*c", "ab" * 5000 + "c").end())
print(re.match(r".*x", "a" * 10000 + "x").end(), re.search(r"(\w+)\s+\1", "the the cat").group(1))
print(re.match(r"\x41\u00e9\101\0", "Aé" + "A\0").group() == "Aé" + "A\0", re.match(r"[\x41-\x43]+", "ABCD").group(), re.match("\\n", "\n") is not None)
