# an uncaught group of 17: the first 15 are printed, then 'and 2 more exceptions'; its context first
try:
    raise ValueError("first")
except ValueError:
    raise ExceptionGroup("many", [IndexError(i) for i in range(17)])
