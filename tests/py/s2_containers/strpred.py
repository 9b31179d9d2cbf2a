# string predicates on edge cases
for s in ["", "abc", "ABC", "Abc", "123", "12.3", "½", "٣", "a b", " ", "\t\n", "_x", "x1", "Hello World", "HELLO world"]:
    print(repr(s), s.isalpha(), s.isdigit(), s.isnumeric(), s.isdecimal(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isidentifier())
