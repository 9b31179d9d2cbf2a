# Helper for modgeta.py: a module with a __getattr__ (PEP 562).
present = 1
calls = []


def __getattr__(name):
    if name.startswith("x"):
        calls.append(name)
        return name.upper()
    if name == "boom":
        raise ValueError("hook failed")
    raise AttributeError(f"module '_lazymod' has no attribute '{name}'")
