# reading all of stdin at once
import sys
data = sys.stdin.read()
print(len(data), data.count("\n"), repr(data[:12]))
words = data.split()
print(len(words), words[:3], max(words, key=len))
