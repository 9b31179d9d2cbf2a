try:
    pass
except:
    pass
try:
    x()
except ValueError:
    pass
except (TypeError, KeyError) as e:
    print(e)
except Exception as e:
    raise
else:
    ok()
finally:
    cleanup()
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
raise
raise ValueError
raise ValueError("x")
raise ValueError("x") from None
raise E from e
try:
    pass
except* ValueError:
    pass
except* (TypeError, KeyError) as eg:
    pass
try:
    pass
except* E:
    pass
else:
    pass
finally:
    pass
assert x
assert x, "message"
assert (x, y)
