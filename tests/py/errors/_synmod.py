"""Helper for impsyn.py: has a syntax error."""
def broken(:
    pass
