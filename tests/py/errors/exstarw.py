# a plain exception not matched by except* leaves unchanged; a matched one
# re-raised by a bare raise comes out wrapped in a group
try:
    raise ValueError("plain")
except* ValueError:
    raise
