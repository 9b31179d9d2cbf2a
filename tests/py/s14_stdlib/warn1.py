# warnings: warn, filters and actions, catch_warnings(record), showwarning, formatwarning
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("inst"))
    print(len(w), [(str(x.message), x.category.__name__) for x in w])
    print(type(w[0].message).__name__, issubclass(w[1].category, Warning))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me"); warnings.warn("keep me")
    warnings.filterwarnings("error", category=FutureWarning)
    try: warnings.warn("f", FutureWarning)
    except FutureWarning as e: print("future error", e)
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3): warnings.warn("repeat")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3): warnings.warn("again")
    print(len(w))
try: warnings.simplefilter("bogus")
except AssertionError as e: print(e)
try: warnings.warn("x", int)
except TypeError as e: print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  code()  "), end="")
def custom(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__)
old = warnings.showwarning
warnings.showwarning = custom
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("via custom")
warnings.showwarning = old
print(warnings.catch_warnings(record=True))
with warnings.catch_warnings(action="ignore"):
    warnings.warn("quiet")
print("done")
