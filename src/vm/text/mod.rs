//! Text engines of the interpreter, independent of the object model:
//! the format-spec mini-language, float repr, `%`-formatting, `str.format`
//! parsing, int/float parsing, str/bytes repr, `round`, bytes hex
//! and the text side of json. Errors are [`TextError`]s
//! carrying CPython's exception class and message; output goes into
//! caller-provided buffers.
#![forbid(unsafe_code)]

pub mod brace_format;
pub mod char_class;
pub mod complex_text;
pub mod error;
pub mod float_hex;
pub mod float_render;
pub mod float_round;
pub mod format_spec_apply;
pub mod hex;
pub mod json_decode;
pub mod json_encode;
pub mod layout;
pub mod number_parse;
pub mod percent;
pub mod percent_directive;
pub mod repr;
pub mod scratch;
pub mod spec;
mod unicode_tables;
pub mod units;

pub use brace_format::{brace_format, positional_in_format_map, FormatFields};
pub use char_class::{
    decimal_value, is_alnum, is_alpha, is_decimal, is_digit, is_identifier, is_numeric,
    is_printable, is_space,
};
pub use complex_text::{complex_repr, format_complex};
pub use error::{ErrorKind, TextError, TextResult};
pub use float_hex::{float_fromhex, float_hex};
pub use float_render::{float_repr, render_float, FloatMode, FloatStyle};
pub use float_round::round_float;
pub use format_spec_apply::{format_float, format_int, format_str, IntValue};
pub use hex::{bytes_fromhex, bytes_hex};
pub use json_decode::{json_decode, JsonBuilder, JsonError};
pub use json_encode::{json_float, json_quote};
pub use number_parse::{
    parse_complex, parse_float, parse_float_bytes, parse_int, parse_int_bytes, ParsedInt,
};
pub use percent::{percent_format, CharArg, PercentArgs};
pub use repr::{bytes_repr, str_repr};
pub use scratch::Scratch;
pub use spec::FormatSpec;
pub use units::Units;

#[cfg(test)]
mod tests;
