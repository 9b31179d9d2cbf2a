# packages: __init__, submodules, relative imports inside the package
import mypkg
print(mypkg.NAME, mypkg.shout("hi"))
import mypkg.helpers
print(mypkg.helpers.shout("x"))
from mypkg.sub import deep
print(deep.where())
from mypkg.sub.deep import where as w
print(w())
import mypkg.sub.deep as d
print(d is deep)
try:
    import mypkg.nothing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
