x=1ex
