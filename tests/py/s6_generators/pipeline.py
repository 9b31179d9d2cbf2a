# generator pipelines
def read(lines):
    for l in lines:
        yield l
def strip_comments(lines):
    for l in lines:
        l = l.split("#")[0].strip()
        if l:
            yield l
def parse(lines):
    for l in lines:
        k, _, v = l.partition("=")
        yield k.strip(), v.strip()
src = ["a = 1", "# comment", "b=2  # trailing", "", "c = three"]
print(dict(parse(strip_comments(read(src)))))
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(take(5, (x * x for x in naturals()))))
