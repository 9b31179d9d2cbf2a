A_VALUE = "a"
import _circb
def from_b():
    return _circb.B_VALUE + _circb.seen_a
