# str case methods
s = "Hello World of python"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), sep="|")
print("ABC".casefold(), "mIxEd".lower())
print(s.isupper(), "ABC".isupper(), "abc".islower(), "Title Case".istitle(), "".isupper())
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), "12a".isdigit(), "   ".isspace(), "".isspace())
print("x_1".isidentifier(), "1x".isidentifier(), "123".isnumeric(), "12".isdecimal(), "hi!".isprintable(), "\n".isprintable())
print("ascii".isascii(), "é".isascii())
