# raise SystemExit(n) directly, from inside a function
def stop():
    raise SystemExit(4)


print("stopping")
stop()
