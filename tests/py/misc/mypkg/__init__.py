"""A package for the import tests."""
print("mypkg/__init__ runs")
NAME = "mypkg"
from .helpers import shout
