# interrupt: after-output
# Ctrl-C inside nested calls runs the finally blocks on the way out
def spin():
    try:
        while True:
            pass
    finally:
        print("spin finally")


def work():
    try:
        spin()
    finally:
        print("work finally")


print("started", flush=True)
try:
    work()
except KeyboardInterrupt:
    print("caught at the top")
for i in range(3):
    print("loop after interrupt", i)
