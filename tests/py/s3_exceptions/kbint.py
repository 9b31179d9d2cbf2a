# KeyboardInterrupt and SystemExit are BaseExceptions, not caught by except Exception
for exc in (KeyboardInterrupt, SystemExit, GeneratorExit):
    try:
        try:
            raise exc
        except Exception:
            print("wrongly caught")
    except BaseException as e:
        print(type(e).__name__, "passed by except Exception")
try:
    raise KeyboardInterrupt
except KeyboardInterrupt as e:
    print(repr(e), e.args)
