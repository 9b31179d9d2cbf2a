//! What `str % x` and `bytes % x` do differently on top of the shared
//! `%`-engine: the `%(key)` lookup key, `%c` of a one-unit object, and the
//! `%s %r %a %b` conversions (str() text vs bytes contents / ASCII repr).

use alloc::format;
use alloc::vec::Vec;

use super::convert::{PctErr, PercentAdaptor};
use crate::vm::builtins::bytes::new_bytes;
use crate::vm::object::{str_of, Kind, Value};
use crate::vm::text::{self, CharArg, Units};
use crate::vm::{PyResult, Vm};

pub trait PercentText: Units {
    /// The `%(key)s` key as a Python value.
    fn key_value(vm: &mut Vm, key: &Self) -> Value;
    /// `%c` of a non-int: one character (str) or one byte (bytes).
    fn char_arg(arg: &Value) -> CharArg;
    /// Appends `arg` converted by `conv` (`s`, `r`, `a`, or `b` for bytes).
    fn write_conv(vm: &mut Vm, arg: &Value, conv: u8, out: &mut Self::Buf) -> PyResult<()>;
}

impl PercentText for str {
    fn key_value(vm: &mut Vm, key: &str) -> Value {
        vm.new_str_value(key.into())
    }

    fn char_arg(arg: &Value) -> CharArg {
        match str_of(arg) {
            Some(s) if s.chars().count() == 1 => {
                CharArg::Unit(s.chars().next().map_or(0, u32::from))
            }
            _ => CharArg::Invalid,
        }
    }

    fn write_conv(
        vm: &mut Vm,
        arg: &Value,
        conv: u8,
        out: &mut alloc::string::String,
    ) -> PyResult<()> {
        let s = match conv {
            b'r' => vm.repr_string(arg),
            b'a' => vm.ascii_string(arg),
            _ => vm.str_string(arg),
        }?;
        out.push_str(&s);
        Ok(())
    }
}

impl PercentText for [u8] {
    fn key_value(_vm: &mut Vm, key: &[u8]) -> Value {
        new_bytes(key.to_vec())
    }

    fn char_arg(arg: &Value) -> CharArg {
        match arg.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) if b.len() == 1 => CharArg::Unit(u32::from(b[0])),
            _ => CharArg::Invalid,
        }
    }

    fn write_conv(vm: &mut Vm, arg: &Value, conv: u8, out: &mut Vec<u8>) -> PyResult<()> {
        if matches!(conv, b'r' | b'a') {
            out.extend_from_slice(vm.ascii_string(arg)?.as_bytes());
            return Ok(());
        }
        match crate::vm::object::bytes_like::byte_view(arg) {
            Some(b) => {
                out.extend_from_slice(&b);
                Ok(())
            }
            None => {
                let m = format!(
                    "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                    vm.type_name(arg)
                );
                Err(vm.type_error(m))
            }
        }
    }
}

impl Vm {
    /// `fmt % args` for bytes.
    pub fn bytes_percent_format(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let f: Vec<u8> = match fmt.as_obj().map(|o| &**o) {
            Some(Kind::Bytes(b)) => b.to_vec(),
            _ => Vec::new(),
        };
        let mut out = Vec::new();
        let mut adaptor = PercentAdaptor {
            vm: self,
            args: args.clone(),
        };
        match text::percent_format(&mut out, &f[..], &mut adaptor) {
            Ok(()) => Ok(new_bytes(out)),
            Err(PctErr::Text(e)) => Err(self.text_error(e)),
            Err(PctErr::Py(e)) => Err(e),
        }
    }
}
