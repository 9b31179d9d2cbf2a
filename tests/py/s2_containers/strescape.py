# escape sequences and raw strings in literals
print("a\nb")
print("tab:\t|")
print("quote: \' \"")
print("octal \101 hex \x42 unicode \u0043 \U00000044")
print(r"raw \n stays", len(r"\n"), len("\n"))
print('''triple
quoted''', """also "quoted" """)
print(repr("\a\b\f\v\0"))
print(R"RAW\t")
