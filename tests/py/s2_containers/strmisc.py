# string iteration, comparison, multiplication, conversion
s = "héllo"
print(list(s), [c for c in "abc"], "".join(reversed("abc")), sorted("banana"))
print(str(123) + "!", str([1, "a"]), str((1,)), str({"k": [1]}), repr([1, "a"]))
print("abc" == "abc", "a" * 3 == "aaa", max("abc", "abd"))
print(ord(max("hello")), min("zyx"), "b" > "a", "B" < "a")
print(str(), repr(str()), len(str(10**5)))
print("%s" % "x", "a" "b" "c", "tab\tand\\backslash")
print("\u00e9", "\x41\101")
