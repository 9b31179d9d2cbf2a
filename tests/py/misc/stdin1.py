# input() reads lines from stdin and prints the prompt; EOFError at the end
name = input("name? ")
print()
print("hello", name)
n = int(input())
total = 0
for _ in range(n):
    total += int(input())
print("total", total)
try:
    while True:
        line = input()
        print("extra:", repr(line))
except EOFError as e:
    print(type(e).__name__, e)
