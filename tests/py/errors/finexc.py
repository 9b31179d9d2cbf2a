# finally blocks run before the traceback is printed
def work():
    try:
        print("working")
        raise OSError(5, "Input/output error")
    finally:
        print("cleanup")


work()
