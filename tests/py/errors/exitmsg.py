# sys.exit("message"): message on stderr, exit status 1
import sys
print("about to fail")
sys.exit("fatal: configuration missing")
