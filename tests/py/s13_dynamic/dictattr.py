# __dict__ of classes, instances and modules; vars() and dir()
class C:
    cls_attr = 1
    def m(self):
        pass
c = C()
c.inst = 2
print(vars(c), "cls_attr" in C.__dict__, "m" in dir(c), "inst" in dir(c))
c.__dict__.update(more=3)
print(c.more, sorted(k for k in vars(C) if not k.startswith("__")))
import sys
print("__name__" in vars(sys.modules["__main__"]))
