# repr quoting rules and non-printable characters
for s in ["plain", "it's", 'say "x"', "both ' \"", "\x00\x1f\x7f", "é ☃ 😀", "\u200b", "\\", "\r\n\t", "ok"]:
    print(repr(s), len(repr(s)))
print(repr(["a'b", 'c"d']), str(["é"]), repr(("\n",)))
