# Caret lines: no marker when the position covers the whole line; a call split over lines
import math


def scale(x, factor):
    return math.sqrt(
        x) * factor


values = [4, -1]
out = [scale(v, 2) for v in values]
