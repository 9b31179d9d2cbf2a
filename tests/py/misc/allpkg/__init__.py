__all__ = ["public", "also"]
public = "public value"
also = "also exported"
hidden = "not in __all__"
