# string: constants, capwords, Template, Formatter
import string
from string import Template, Formatter
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), len(string.printable))
print(string.capwords("hello   wide world"), string.capwords("a-b c-d", "-"))
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "a", "what": "b"}, who="K"))
try: t.substitute(who="x")
except KeyError as e: print("KeyError", e)
print(t.safe_substitute(who="x"), Template("$ bad $1").safe_substitute())
try: Template("line\n  $ bad").substitute()
except ValueError as e: print(e)
print(t.get_identifiers(), Template("${a} $b $$c").is_valid(), Template("$").is_valid())
class MyT(Template): delimiter = "%"
print(MyT("%x and %%").substitute(x=1))
f = Formatter()
print(f.format("{0}-{1}-{0}", "a", "b"), f.format("{name!r:>8}|{x[1]}|{o.real}", name="n", x=[5, 6], o=3))
print(f.format("{:{w}.{p}f}", 3.14159, w=10, p=2), f.format("{{lit}} {}", 7))
print(list(f.parse("a{0!r:>3}b{x}c{{")))
class Up(Formatter):
    def format_field(self, v, spec): return str(v).upper()
print(Up().format("{} and {k}", "x", k="y"))
try: f.format("{} {1}", 1, 2)
except ValueError as e: print(e)
try: f.format("{")
except ValueError as e: print(e)
