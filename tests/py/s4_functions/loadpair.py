# Two loads in a row run as one step of the eval loop (issue 13): an unbound
# second local still raises UnboundLocalError on its own line, and a load
# that is a jump target still runs when jumped to.
import sys


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return (a +
            b)


print(second_unbound(True))
try:
    second_unbound(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e, sys.exc_info()[2].tb_next.tb_lineno)


def first_unbound():
    c = 5
    del c
    return c + 1


try:
    first_unbound()
except UnboundLocalError as e:
    print("UnboundLocalError", e)


def jump_target(xs):
    out = []
    for x in xs:
        y = x if x % 2 else -x
        out.append(y * 10 + x)
    return out


print(jump_target(range(6)))


def many(a, b, c, d):
    return a - b, a < b, c * 2, d - 1.5, (a, b, c, d)


print(many(7, 3, "ab", 4))
