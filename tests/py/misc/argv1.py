# args: one "two words" 3
# sys.argv holds the script name and its arguments
import sys
print(sys.argv, len(sys.argv))
print([a.upper() for a in sys.argv[1:]])
