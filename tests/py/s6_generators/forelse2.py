# for/else with iterators and generators, loop variable after the loop
def search(items, target):
    for i, v in enumerate(items):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
search((x * 2 for x in range(5)), 6)
search(iter([]), 1)
for n in (x for x in range(3)):
    pass
print(n)
