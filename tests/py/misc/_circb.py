import _circa
seen_a = getattr(_circa, "A_VALUE", "missing")
B_VALUE = "b"
