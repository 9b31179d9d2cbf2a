"""Helper module importing another helper module."""
import _moda

def total():
    return _moda.VALUE + 1
