# an exception propagates through several frames and is caught at the top
def level3():
    return [][0]
def level2():
    return level3() + 1
def level1():
    try:
        return level2()
    finally:
        print("level1 cleanup")
try:
    level1()
except IndexError as e:
    print("caught at top:", type(e).__name__, e)
def catches_wrong():
    try:
        level3()
    except KeyError:
        print("not this")
try:
    catches_wrong()
except IndexError:
    print("passed through wrong handler")
