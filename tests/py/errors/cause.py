# raise ... from ...: both tracebacks with the "direct cause" line
def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError(f"no setting {k!r}") from e


lookup({}, "port")
