# non-ASCII source text and strings
s = "héllo wörld ☃"
print(s, len(s), s.upper(), s[1], s[-1])
print(repr("é"), ascii("é☃"), ord("é"), chr(233))
print("日本語"[1], len("日本語"), "日本" + "語")
naïve = "identifier with accent"
print(naïve)
