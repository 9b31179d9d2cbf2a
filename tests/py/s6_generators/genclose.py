# close() raises GeneratorExit at the paused yield; finally blocks run
def g():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
it.close()
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def catches():
    try:
        yield 1
    except GeneratorExit:
        print("saw GeneratorExit")
        raise
c = catches()
next(c)
c.close()
never_started = g()
never_started.close()
print("closing an unstarted generator runs nothing")
