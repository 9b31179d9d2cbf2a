# an exception raised while a module of the test directory is being imported
print("before import")
import _badmod
print("not reached")
