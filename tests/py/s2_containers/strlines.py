# splitlines, count and expandtabs details
s = "a\nb\r\nc\rd\x0be\x0cf\x1cg\u2028h"
print(s.splitlines())
print("x\n\ny".splitlines(), "x\n\ny".split("\n"), "\n".splitlines(), "\n".split("\n"))
print("aaaa".count("aa"), "abc".count(""), "abc".count("", 1), "a,b,,c".count(","))
print(repr("1\t22\t333\t4444".expandtabs(3)), repr("\tx".expandtabs(0)))
