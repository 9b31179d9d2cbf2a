class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kw): pass
class A:
    x = 1
    def method(self):
        return self.x
    @property
    def prop(self):
        return 1
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
    class Inner:
        pass
@decorator
class B:
    """Docstring."""
@dec1
@dec2(arg)
@dec.attr
@dec[0]
@(lambda f: f)
@x := y
def f(): pass
@d
async def g(): pass
