# Module __getattr__ (PEP 562), and collections loading its classes lazily
import _lazymod as m

print(m.present, m.xyz, getattr(m, "xa"), getattr(m, "nope", "default"), hasattr(m, "nope"))
from _lazymod import xfrom
print(xfrom, m.calls)
try:
    m.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazymod import gone
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    from _lazymod import boom
except ValueError as e:
    print("ValueError:", e)
print(m.__class__.__name__, m.__name__)

import collections
print(collections.deque([1, 2], maxlen=1), collections.OrderedDict(a=1))
from collections import Counter, defaultdict, namedtuple
print(Counter("abracadabra").most_common(2), defaultdict(list)["k"])
P = namedtuple("P", "x y")
print(P(1, 2), collections.deque.__module__)
try:
    collections.nope
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(collections, "nope", 5), "deque" in dir(collections))
