# interrupt: after-output
# Ctrl-C raises KeyboardInterrupt inside a CPU-bound loop; the script catches it
print("looping until Ctrl-C", flush=True)
n = 0
try:
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("KeyboardInterrupt caught:", type(e).__name__, n > 0)
print("still running")
