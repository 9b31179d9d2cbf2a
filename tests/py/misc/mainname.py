# __name__ is "__main__" in the script, the module name in imports
print(__name__)
if __name__ == "__main__":
    print("running as a script")
import _moda
print(_moda.__name__)
