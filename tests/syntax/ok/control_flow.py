if x:
    pass
if x:
    a = 1
else:
    a = 2
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
while True:
    break
while x:
    continue
else:
    done()
for i in range(10):
    print(i)
for i, j in pairs:
    pass
else:
    pass
for (a, b) in c: pass
for x, in y: pass
for *a, b in c: pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
if x: a; b; c
while (n := n - 1): pass
if (m := re.match(p, s)) is not None:
    print(m)
if a:
    if b:
        if c:
            pass
    else:
        pass
for a.b in c: pass
for a[0] in c: pass
