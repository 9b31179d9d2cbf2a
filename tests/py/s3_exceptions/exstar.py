# except*: matching by type and tuple, splitting, the unhandled rest re-raised,
# naked exceptions wrapped, raise inside clauses, nested groups
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r})")
        for x in e.exceptions:
            show(x, depth + 1)
    else:
        print(f"{pad}{e!r}")

def run(label, fn):
    print("--", label)
    try:
        fn()
        print("no exception")
    except BaseException as e:
        print("escaped:")
        show(e, 1)

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V:"); show(e, 1)
    except* TypeError as e:
        print("T:"); show(e, 1)
run("both handled", t1)

def t2():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* (ValueError, KeyError) as e:
        print("VK:"); show(e, 1)
run("tuple, rest re-raised", t2)

def t3():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped:"); show(e, 1)
        print(e.exceptions[0].__traceback__ is not None)
run("naked exception wrapped", t3)

def t4():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("not here")
run("naked exception not matched", t4)

def t5():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked, bare raise", t5)

def t6():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
run("bare raise keeps the structure", t6)

def t7():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run("new exception in a clause joins the rest", t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
    except* TypeError:
        raise
run("raised plus re-raised", t8)

def t9():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
    except* ValueError as e:
        print("V:"); show(e, 1)
    except* OSError as e:
        print("O:"); show(e, 1)
run("nested groups", t9)

def t10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("else")
    finally:
        print("finally")
    print("after")
run("finally runs", t10)

def t11():
    try:
        print("no error")
    except* ValueError:
        print("no")
    else:
        print("else runs")
run("else", t11)

def t12():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
run("except* ExceptionGroup", t12)

def t13():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* (ValueError, BaseExceptionGroup):
        pass
run("except* tuple with a group type", t13)

def t14():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* 42:
        pass
run("except* 42", t14)

def t15():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyboardInterrupt()]) if False else BaseExceptionGroup("beg", [ValueError(1), KeyboardInterrupt()])
    except* KeyboardInterrupt as e:
        print("KI:"); show(e, 1)
run("BaseExceptionGroup", t15)

def t16():
    import sys
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("exc_info is the match:", sys.exc_info()[1] is e)
    except* TypeError as e:
        print("exc_info is the match:", sys.exc_info()[1] is e)
    print("after:", sys.exc_info())
run("sys.exc_info", t16)

def t17():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run("raise e (a new raise)", t17)

def t18():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
        except* ValueError as e:
            1 / 0
    except ExceptionGroup as g:
        show(g)
        z = g.exceptions[0]
        print(type(z).__name__, type(z.__context__).__name__, z.__context__.exceptions)
run("context of an error in a clause", t18)

def t19():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError as e:
            print("loop", i, e.exceptions)
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError as e:
        pass
    try:
        print(e)
    except NameError as n:
        print("NameError:", n)
run("name cleared after the clause", t19)

def t20():
    class MyEG(ExceptionGroup):
        def derive(self, excs):
            return MyEG(self.message + "+", excs)
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("V:"); show(e, 1)
run("subclass derive", t20)

def t21():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            print("inner handled")
    except* TypeError:
        print("T handled")
run("try inside a clause", t21)
