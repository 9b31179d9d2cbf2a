# zip stops at the shortest input and may consume one extra item from earlier inputs
def numbered(name, n):
    for i in range(n):
        print("produce", name, i)
        yield i
print(list(zip(numbered("a", 3), numbered("b", 2))))
it = iter(range(5))
print(list(zip(it, "ab")), list(it))
print(list(zip(range(3))))
