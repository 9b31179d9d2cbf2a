//! The built-in exception hierarchy, CPython 3.11's names and parents.

/// Declares `Exc` (one variant per built-in exception class) and the table
/// of (name, parent) the VM builds the classes from, parents first.
macro_rules! exceptions {
    ($( $name:ident : $parent:ident ),* $(,)?) => {
        /// A built-in exception class.
        #[derive(Clone, Copy, PartialEq, Eq, Debug)]
        #[allow(clippy::enum_variant_names)]
        pub enum Exc { BaseException, $( $name, )* }

        /// (class, parent) in creation order; BaseException has none.
        pub const TABLE: &[(Exc, &str, Option<Exc>)] = &[
            (Exc::BaseException, "BaseException", None),
            $( (Exc::$name, stringify!($name), Some(Exc::$parent)), )*
        ];
    };
}

exceptions! {
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    Exception: BaseException,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    ArithmeticError: Exception,
    FloatingPointError: ArithmeticError,
    OverflowError: ArithmeticError,
    ZeroDivisionError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileExistsError: OSError,
    FileNotFoundError: OSError,
    InterruptedError: OSError,
    IsADirectoryError: OSError,
    NotADirectoryError: OSError,
    PermissionError: OSError,
    ProcessLookupError: OSError,
    TimeoutError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    Warning: Exception,
    DeprecationWarning: Warning,
    PendingDeprecationWarning: Warning,
    RuntimeWarning: Warning,
    SyntaxWarning: Warning,
    UserWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    ResourceWarning: Warning,
    BaseExceptionGroup: BaseException,
    // Also an Exception: see SECOND_BASES.
    ExceptionGroup: BaseExceptionGroup,
}

/// Built-in exception classes with a second base after their TABLE parent.
pub const SECOND_BASES: &[(Exc, Exc)] = &[(Exc::ExceptionGroup, Exc::Exception)];

/// The OSError subclass CPython picks for an errno (Linux numbering).
pub fn os_error_for_errno(errno: i64) -> Exc {
    match errno {
        2 => Exc::FileNotFoundError,
        17 => Exc::FileExistsError,
        21 => Exc::IsADirectoryError,
        20 => Exc::NotADirectoryError,
        1 | 13 => Exc::PermissionError,
        4 => Exc::InterruptedError,
        3 => Exc::ProcessLookupError,
        10 => Exc::ChildProcessError,
        11 | 114 | 115 => Exc::BlockingIOError,
        32 | 108 => Exc::BrokenPipeError,
        103 => Exc::ConnectionAbortedError,
        111 => Exc::ConnectionRefusedError,
        104 => Exc::ConnectionResetError,
        110 => Exc::TimeoutError,
        _ => Exc::OSError,
    }
}
