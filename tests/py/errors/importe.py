# a traceback through an imported module of the test directory
import _failmod

print("imported")
_failmod.explode(3)
