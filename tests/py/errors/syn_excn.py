# continue inside an except* block, nested in a plain try
for i in range(3):
    try:
        pass
    except* ValueError:
        try:
            pass
        finally:
            continue
