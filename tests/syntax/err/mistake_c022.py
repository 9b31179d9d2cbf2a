try:
    x
except Exception e:
    pass
