# pass in every block kind
def f():
    pass
class K:
    pass
for i in range(2):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(f(), K.__name__, i)
