# many locals, long expressions and long literals
def many():
    a0 = 0; a1 = 1; a2 = 2; a3 = 3; a4 = 4; a5 = 5; a6 = 6; a7 = 7; a8 = 8; a9 = 9
    b0 = a0 + a9; b1 = a1 + a8; b2 = a2 + a7; b3 = a3 + a6; b4 = a4 + a5
    c = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, b0, b1, b2, b3, b4]
    return sum(c), b0 * b1 * b2 * b3 * b4
print(many())
expr = 1 + 2 - 3 + 4 - 5 + 6 - 7 + 8 - 9 + 10 - 11 + 12 - 13 + 14 - 15 + 16 - 17 + 18 - 19 + 20 - 21 + 22 - 23 + 24 - 25 + 26 - 27 + 28 - 29 + 30
print(expr)
big = [i * i for i in range(1000)]
table = {f"key{i}": i for i in range(500)}
print(len(big), big[-1], table["key499"], len(table))
text = "x" * 10000 + "end"
print(len(text), text[-3:])
