# a bare raise keeps the original traceback
def risky():
    return {}["missing"]


try:
    risky()
except KeyError:
    print("logging and re-raising")
    raise
