# SystemExit raised by sys.exit can be caught and inspected
import sys
for arg in ((), (0,), (3,), ("message",), (None,)):
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, repr(e.code), e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
print("continuing")
