//! `json.loads` in Rust: the parser of `vm::text::json_decode` (CPython's
//! scanner, messages and positions) building Python objects, with the
//! hooks `object_hook`, `object_pairs_hook`, `parse_float`, `parse_int` and
//! `parse_constant`. Syntax errors become the module's JSONDecodeError.

use alloc::vec::Vec;

use crate::vm::eval::mapping::new_dict;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Value};
use crate::vm::text::{json_decode, JsonBuilder, JsonError};
use crate::vm::{PyErr, PyResult, Vm};

/// Why decoding stopped: bad JSON, or a Python error from a hook.
enum Failure {
    Syntax(JsonError),
    Python(PyErr),
}

impl From<JsonError> for Failure {
    fn from(e: JsonError) -> Failure {
        Failure::Syntax(e)
    }
}

impl From<PyErr> for Failure {
    fn from(e: PyErr) -> Failure {
        Failure::Python(e)
    }
}

/// The hooks of one `loads` call (None where not given).
struct Builder<'vm> {
    vm: &'vm mut Vm,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

impl Builder<'_> {
    /// `hook(text)` with the literal's text.
    fn call_with_text(&mut self, hook: &Value, text: &str) -> Result<Value, Failure> {
        let text = self.vm.new_str_value(text.into());
        Ok(self.vm.call(hook, &[text])?)
    }
}

impl JsonBuilder for Builder<'_> {
    type Value = Value;
    type Error = Failure;

    fn null(&mut self) -> Result<Value, Failure> {
        Ok(Value::None)
    }

    fn boolean(&mut self, value: bool) -> Result<Value, Failure> {
        Ok(Value::Bool(value))
    }

    fn int(&mut self, text: &str) -> Result<Value, Failure> {
        if !self.parse_int.is_none() {
            let hook = self.parse_int.clone();
            return self.call_with_text(&hook, text);
        }
        match text.parse::<i64>() {
            Ok(i) => Ok(Value::Int(i)),
            // Too big for a small int: int(text) makes the big one.
            Err(_) => {
                let int = Value::Obj(self.vm.types.int.clone());
                self.call_with_text(&int, text)
            }
        }
    }

    fn float(&mut self, text: &str) -> Result<Value, Failure> {
        let constant = matches!(text, "NaN" | "Infinity" | "-Infinity");
        let hook = if constant {
            self.parse_constant.clone()
        } else {
            self.parse_float.clone()
        };
        if !hook.is_none() {
            return self.call_with_text(&hook, text);
        }
        let value = match text {
            "NaN" => f64::NAN,
            "Infinity" => f64::INFINITY,
            "-Infinity" => f64::NEG_INFINITY,
            // The scanner matched a JSON number, which Rust parses exactly
            // as CPython's float() does (correctly rounded).
            _ => text.parse().unwrap_or(f64::NAN),
        };
        Ok(Value::Float(value))
    }

    fn string(&mut self, text: &str) -> Result<Value, Failure> {
        Ok(self.vm.new_str_value(text.into()))
    }

    fn array(&mut self, items: Vec<Value>) -> Result<Value, Failure> {
        Ok(self.vm.new_list(items))
    }

    fn object(&mut self, pairs: Vec<(Value, Value)>) -> Result<Value, Failure> {
        if !self.object_pairs_hook.is_none() {
            let tuples = pairs
                .into_iter()
                .map(|(k, v)| self.vm.new_tuple(alloc::vec![k, v]))
                .collect();
            let list = self.vm.new_list(tuples);
            let hook = self.object_pairs_hook.clone();
            return Ok(self.vm.call(&hook, &[list])?);
        }
        let dict = new_dict();
        for (k, v) in pairs {
            self.vm.dict_set(&dict, k, v)?;
        }
        let dict = Value::Obj(dict);
        if self.object_hook.is_none() {
            return Ok(dict);
        }
        let hook = self.object_hook.clone();
        Ok(self.vm.call(&hook, &[dict])?)
    }
}

/// `_decode(s, JSONDecodeError, object_hook, object_pairs_hook,
/// parse_float, parse_int, parse_constant)`: the value of the JSON text `s`
/// (a str; the Python layer decodes bytes).
pub fn decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 7 {
        return Err(vm.type_error("_decode() takes 7 arguments"));
    }
    let Some(doc) = str_of(&a[0]) else {
        let m = alloc::format!("the JSON object must be str, not {}", vm.type_name(&a[0]));
        return Err(vm.type_error(m));
    };
    let mut builder = Builder {
        vm,
        object_hook: a[2].clone(),
        object_pairs_hook: a[3].clone(),
        parse_float: a[4].clone(),
        parse_int: a[5].clone(),
        parse_constant: a[6].clone(),
    };
    match json_decode(doc, &mut builder) {
        Ok(v) => Ok(v),
        Err(Failure::Python(e)) => Err(e),
        Err(Failure::Syntax(e)) => {
            let msg = vm.new_str_value(e.msg.into());
            let pos = Value::Int(e.pos as i64);
            let error = vm.call(&a[1], &[msg, a[0].clone(), pos])?;
            match error {
                Value::Obj(e) => Err(e),
                _ => Err(vm.value_error(e.message())),
            }
        }
    }
}
