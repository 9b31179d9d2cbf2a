# what except* leaves: a new error from a clause joins the unhandled rest
def work():
    raise ExceptionGroup("jobs", [ValueError("bad value"), TypeError("bad type"), KeyError("k")])

try:
    work()
except* ValueError:
    raise RuntimeError("while handling the value errors")
except* KeyError:
    pass
