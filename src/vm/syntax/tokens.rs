//! The tokens the lexer hands to the parser (Python 3.11's token set).

use super::ast::Constant;

/// A position in the (newline-normalised) source: 1-based line, 0-based
/// column in UTF-8 bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: u32,
    pub col: u32,
}

/// One token: what it is, where it starts and ends, and its byte span in
/// the source (names and strings are read back from the span).
#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokKind,
    pub start: Pos,
    pub end: Pos,
    pub span: (u32, u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum TokKind {
    /// An identifier (incl. the soft keywords `match`, `case`, `_`).
    Name,
    Keyword(Kw),
    Number(Constant),
    Str(StrTok),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// A string literal: its prefix flags and the byte span of the text between
/// the quotes (still undecoded).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrTok {
    pub raw: bool,
    pub bytes: bool,
    pub fmt: bool,
    /// A lowercase `u` prefix (CPython's `Constant.kind == 'u'`).
    pub unicode: bool,
    pub body: (u32, u32),
}

macro_rules! keywords {
    ($($variant:ident = $text:literal,)*) => {
        /// The hard keywords.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Kw { $($variant,)* }

        impl Kw {
            pub fn from_name(name: &str) -> Option<Kw> {
                match name { $($text => Some(Kw::$variant),)* _ => None }
            }
            pub fn text(self) -> &'static str {
                match self { $(Kw::$variant => $text,)* }
            }
        }
    };
}

keywords! {
    False = "False", None = "None", True = "True", And = "and", As = "as",
    Assert = "assert", Async = "async", Await = "await", Break = "break",
    Class = "class", Continue = "continue", Def = "def", Del = "del",
    Elif = "elif", Else = "else", Except = "except", Finally = "finally",
    For = "for", From = "from", Global = "global", If = "if", Import = "import",
    In = "in", Is = "is", Lambda = "lambda", Nonlocal = "nonlocal", Not = "not",
    Or = "or", Pass = "pass", Raise = "raise", Return = "return", Try = "try",
    While = "while", With = "with", Yield = "yield",
}

macro_rules! operators {
    ($($variant:ident = $text:literal,)*) => {
        /// Operators and delimiters. Listed longest first so that
        /// [`Op::ALL`] can be matched greedily.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op { $($variant,)* }

        impl Op {
            pub const ALL: &'static [Op] = &[$(Op::$variant,)*];
            pub fn text(self) -> &'static str {
                match self { $(Op::$variant => $text,)* }
            }
        }
    };
}

operators! {
    DoubleStarEq = "**=", DoubleSlashEq = "//=", LShiftEq = "<<=", RShiftEq = ">>=",
    Ellipsis = "...",
    Arrow = "->", ColonEq = ":=", NotEq = "!=", EqEq = "==", LessEq = "<=",
    GreaterEq = ">=", LShift = "<<", RShift = ">>", DoubleStar = "**",
    DoubleSlash = "//", PlusEq = "+=", MinusEq = "-=", StarEq = "*=", SlashEq = "/=",
    PercentEq = "%=", AmperEq = "&=", VBarEq = "|=", CircumflexEq = "^=", AtEq = "@=",
    LPar = "(", RPar = ")", LSqb = "[", RSqb = "]", LBrace = "{", RBrace = "}",
    Comma = ",", Colon = ":", Semi = ";", Dot = ".", Plus = "+", Minus = "-",
    Star = "*", Slash = "/", Percent = "%", Amper = "&", VBar = "|",
    Circumflex = "^", Tilde = "~", Less = "<", Greater = ">", Equal = "=", At = "@",
}
