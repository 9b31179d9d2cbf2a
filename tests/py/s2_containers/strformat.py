# str.format: positions, names, attributes, indexes, specs
print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{x}{y}".format(x=1, y=2))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[k]}".format(d={"k": "v"}), "{{literal}}".format())
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"), "{:*^9}".format("mid"), "{:08d}".format(-42))
print("{:x} {:X} {:o} {:b} {:#x} {:#b}".format(255, 255, 8, 5, 255, 5), "{:,}".format(9876543210), "{:_}".format(1000000))
print("{:+d} {:-d} {: d}".format(3, 3, 3), "{!r} {!s}".format("s", "s"), "{:5}|{:<5}|".format(12, 12))
print("{0:{1}}|".format("w", 4), "{:.3}".format("abcdef"), "{:=+6d}".format(42))
class P:
    x = 10
print("{0.x}".format(P()), format("txt", ">5"), format(3, "03"))
for fmt, args in [("{}", ()), ("{0} {2}", ("a", "b")), ("{:d}", ("s",)), ("{x}", ()), ("{", ()), ("{:q}", (1,))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
