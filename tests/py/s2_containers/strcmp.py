# string comparison, sorting by code point, min/max
words = ["banana", "Apple", "cherry", "apple", "Banana", ""]
print(sorted(words), min(words), max(words))
print("a" < "aa" < "b", "abc" >= "abc", "Z" < "a", "é" > "z")
print([w for w in words if w.lower().startswith("b")])
