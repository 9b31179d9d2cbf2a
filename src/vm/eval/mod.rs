//! Running bytecode: the eval loop (`run.rs`) and the protocols it relies on
//! (calls, attributes, operators, iteration, mappings, conversions).
// Denied, not forbidden: the eval loop's fetch (run.rs `dispatch_at`) reads
// the checked instructions without bounds checks, its one exception.
#![deny(unsafe_code)]

pub mod attr;
pub mod attr_cache;
pub mod bytes_ops;
pub mod call;
pub mod code;
pub mod complex_ops;
pub mod convert;
pub mod errors;
pub mod except_star;
pub mod float_ops;
pub mod frame;
pub mod gen;
pub mod gen_inline;
pub mod global_cache;
pub mod iterate;
pub mod mapping;
pub mod matching;
pub mod ops;
pub mod percent_text;
pub mod room;
pub mod run;
pub mod sub_ops;
pub mod subscript;
pub mod typeof_;
pub mod weak_calls;
