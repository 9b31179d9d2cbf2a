# the built-in exception hierarchy
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError), (UnboundLocalError, NameError),
    (FileNotFoundError, OSError), (PermissionError, OSError), (TimeoutError, OSError),
    (ConnectionResetError, ConnectionError), (ConnectionRefusedError, OSError),
    (NotImplementedError, RuntimeError), (RecursionError, RuntimeError),
    (StopIteration, Exception), (GeneratorExit, Exception), (KeyboardInterrupt, Exception),
    (SystemExit, Exception), (KeyboardInterrupt, BaseException), (Exception, BaseException),
    (MemoryError, Exception), (AssertionError, Exception), (AttributeError, Exception),
    (EOFError, Exception), (ImportError, Exception), (ModuleNotFoundError, ImportError),
    (IndentationError, SyntaxError), (TabError, IndentationError), (UnicodeError, ValueError),
    (StopAsyncIteration, Exception), (IOError, OSError), (EnvironmentError, OSError),
    (BlockingIOError, OSError), (BrokenPipeError, ConnectionError), (IsADirectoryError, OSError),
]
for sub, sup in pairs:
    print(sub.__name__, sup.__name__, issubclass(sub, sup))
print(IOError is OSError, [c.__name__ for c in KeyError.__mro__])
