# indexing strings in loops, negative indices and reversed traversal
s = "abcdef"
print([s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
print("".join(s[i] for i in range(len(s) - 1, -1, -1)), s[len(s) - 1], s[-len(s)])
pal = "racecar"
print(all(pal[i] == pal[-1 - i] for i in range(len(pal) // 2)))
try:
    s[len(s)]
except IndexError as e:
    print(type(e).__name__, e)
