# an exception escaping a with block after __exit__ ran
class Guard:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")
        return False


with Guard():
    raise RuntimeError("inside with")
