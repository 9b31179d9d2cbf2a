"""Helper for importe.py: raises from a nested call."""


def explode(n):
    return helper(n)


def helper(n):
    return [0] * n + None
