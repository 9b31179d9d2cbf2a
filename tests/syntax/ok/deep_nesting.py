x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))))
y = [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]
z = - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - 1
w = not not not not not not not not not not not not not not not not x
v = a + b + c + d + e + f + g + h + i + j + k + l + m + n + o + p + q + r
u = f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(f(1))))))))))))))))))))
t = a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p
if a:
 if b:
  if c:
   if d:
    if e:
     if f:
      if g:
       if h:
        pass
