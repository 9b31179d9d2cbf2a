match x:
    case 1 | -2 | 3+4j | -1-2j | 'a' | b'b' | None | True | False | a.b | a.b.c: pass
    case [a, *rest, _] | (a, b) | () | [] | (a,) if a > 1: pass
    case {1: x, "k": y, **rest} | {} | Point(1, y=2) | P() | P(a, b=c) | {None: a, a.b: c}: pass
    case x as y: pass
    case (a as b) | [*_]: pass
    case -0.5 | 1e3 | "multi" "part": pass
    case str() | int(x) | m.Cls(a, b, c=d,): pass
    case {**rest}: pass
    case [1, [2, [3, *r]]]: pass
    case _:
        pass
match x, y:
    case a, b: pass
    case *a, b if b: pass
match (x):
    case 1:
        y = 1
    case 2:
        y = 2
match = 1
match(x)
match.attr = 2
match[0] = 3
print(match)
case = 4
def f(match, case):
    match match:
        case case:
            return case
