# formatting floats: %, format specs, f-strings
x = 3.14159265
print("%f %.2f %10.3f| %-10.1f| %e %.3E %g %G" % (x, x, x, x, x, x, x, 1e-10))
print(format(x, ".3f"), format(x, "10.2f"), format(x, "<10.2f") + "|", format(x, "+.1f"), format(x, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(1234567.891, ",.2f"), format(0.25, "%"), format(0.125, ".1%"), format(x, "e"), format(1e100, "g"), format(12345.678, "g"))
print(f"{x:.4}", f"{x:08.3f}", f"{-x:+.2f}", f"{1e-5:g}", f"{100.0}", f"{1e16:.0f}", f"{x!r}", f"{2.0:.3g}", f"{2.0:#.3g}")
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(-0.0, ".1f"), "%.1f" % -0.04, str(1e-4), str(1e-3))
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
