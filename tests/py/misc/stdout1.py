# sys.stdout.write and print(file=...) go to stdout; stderr is separate
import sys
n = sys.stdout.write("written\n")
print(n)
print("to stdout", file=sys.stdout)
print("to stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
print("end", flush=True)
