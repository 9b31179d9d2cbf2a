//! `json.dumps` in Rust: walks the value tree as CPython 3.11's C encoder
//! (Modules/_json.c) does, with its options, its TypeError for values it
//! cannot serialize, and its ValueError for circular references. The text
//! pieces (quoted strings, floats) come from `vm::text::json_encode`; the
//! keyword arguments are sorted out by the Python layer (json.py).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::builtins::list::sort_values;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::text::{json_float, json_quote};
use crate::vm::{PyResult, Vm};

/// The options of one `dumps` call.
struct Encoder {
    /// The text for one level of indentation; None: everything on one line.
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    ensure_ascii: bool,
    allow_nan: bool,
    check_circular: bool,
    /// The `default=` callable, or None.
    default: Value,
    /// Addresses of the containers being encoded (circular reference check).
    active: Vec<usize>,
    out: String,
}

/// What kind of JSON value a Python value becomes.
enum Shape {
    Text(String),
    Array(Vec<Value>),
    Object(Vec<(Value, Value)>),
    Other,
}

impl Encoder {
    fn encode(&mut self, vm: &mut Vm, v: &Value, level: usize) -> PyResult<()> {
        match self.shape(vm, v)? {
            Shape::Text(t) => {
                self.out.push_str(&t);
                Ok(())
            }
            Shape::Array(items) => self.nested(vm, v, |enc, vm| enc.array(vm, &items, level)),
            Shape::Object(pairs) => self.nested(vm, v, |enc, vm| enc.object(vm, pairs, level)),
            Shape::Other => {
                if self.default.is_none() {
                    let m = format!(
                        "Object of type {} is not JSON serializable",
                        vm.type_name(v)
                    );
                    return Err(vm.type_error(m));
                }
                let default = self.default.clone();
                let replaced = vm.call(&default, core::slice::from_ref(v))?;
                self.nested(vm, v, |enc, vm| enc.encode(vm, &replaced, level))
            }
        }
    }

    /// Runs `body` with `v` marked as being encoded (ValueError if it already is).
    fn nested(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        body: impl FnOnce(&mut Self, &mut Vm) -> PyResult<()>,
    ) -> PyResult<()> {
        let id = v.as_obj().map_or(0, ObjRef::addr);
        if self.check_circular {
            if self.active.contains(&id) {
                return Err(vm.value_error("Circular reference detected"));
            }
            self.active.push(id);
        }
        let r = body(self, vm);
        if self.check_circular {
            self.active.pop();
        }
        r
    }

    /// Sorts a value into its JSON shape: scalars straight to text.
    fn shape(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Shape> {
        let mut text = String::new();
        match v {
            Value::None => return Ok(Shape::Text("null".into())),
            Value::Bool(b) => return Ok(Shape::Text(if *b { "true" } else { "false" }.into())),
            Value::Int(i) => return Ok(Shape::Text(format!("{i}"))),
            Value::Float(x) => {
                json_float(&mut text, *x, self.allow_nan).map_err(|e| vm.text_error(e))?;
                return Ok(Shape::Text(text));
            }
            _ => {}
        }
        let Some(o) = v.as_obj() else {
            return Ok(Shape::Other);
        };
        match &**o {
            Kind::Str(s) => {
                json_quote(&mut text, s.as_str(), self.ensure_ascii);
                Ok(Shape::Text(text))
            }
            Kind::List(l) => Ok(Shape::Array(vm.copy_vec(&l.borrow())?)),
            Kind::Tuple(t) => Ok(Shape::Array(vm.copy_vec(t)?)),
            Kind::Dict(d) => {
                let pairs = d
                    .borrow()
                    .iter()
                    .map(|e| (e.key.clone(), e.value.clone()))
                    .collect();
                Ok(Shape::Object(pairs))
            }
            _ => self.subclass_shape(vm, v),
        }
    }

    /// Instances of subclasses of str, int, float, list, tuple and dict.
    fn subclass_shape(&mut self, vm: &mut Vm, v: &Value) -> PyResult<Shape> {
        let types = [
            vm.types.str.clone(),
            vm.types.int.clone(),
            vm.types.float.clone(),
            vm.types.list.clone(),
            vm.types.tuple.clone(),
            vm.types.dict.clone(),
        ];
        let Some(base) = types.iter().position(|t| vm.isinstance(v, t)) else {
            return Ok(Shape::Other);
        };
        let mut text = String::new();
        match base {
            0 => {
                let s = vm.str_string(v)?;
                json_quote(&mut text, &s, self.ensure_ascii);
            }
            1 => text = vm.repr_string(v)?,
            2 => {
                let float = Value::Obj(types[2].clone());
                match vm.call(&float, core::slice::from_ref(v))? {
                    Value::Float(x) => {
                        json_float(&mut text, x, self.allow_nan).map_err(|e| vm.text_error(e))?
                    }
                    _ => return Ok(Shape::Other),
                }
            }
            3 | 4 => return Ok(Shape::Array(vm.collect(v)?)),
            _ => {
                let items = vm.intern("items");
                let items = vm.get_attr(v, &items)?;
                let items = vm.call(&items, &[])?;
                let mut pairs = Vec::new();
                for pair in vm.collect(&items)? {
                    let kv = vm.collect(&pair)?;
                    if let [k, val] = &kv[..] {
                        pairs.push((k.clone(), val.clone()));
                    }
                }
                return Ok(Shape::Object(pairs));
            }
        }
        Ok(Shape::Text(text))
    }

    /// A newline and the indentation of `level`, when indenting.
    fn newline(&mut self, level: usize) {
        if let Some(indent) = &self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(indent);
            }
        }
    }

    fn array(&mut self, vm: &mut Vm, items: &[Value], level: usize) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        self.out.push('[');
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(&self.item_sep);
            }
            self.newline(level + 1);
            self.encode(vm, item, level + 1)?;
        }
        self.newline(level);
        self.out.push(']');
        Ok(())
    }

    fn object(
        &mut self,
        vm: &mut Vm,
        mut pairs: Vec<(Value, Value)>,
        level: usize,
    ) -> PyResult<()> {
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        if self.sort_keys {
            pairs = sorted_pairs(vm, pairs)?;
        }
        self.out.push('{');
        let mut first = true;
        for (key, value) in &pairs {
            let Some(key) = self.key_text(vm, key)? else {
                continue;
            };
            if !first {
                self.out.push_str(&self.item_sep);
            }
            first = false;
            self.newline(level + 1);
            json_quote(&mut self.out, &key, self.ensure_ascii);
            self.out.push_str(&self.key_sep);
            self.encode(vm, value, level + 1)?;
        }
        self.newline(level);
        self.out.push('}');
        Ok(())
    }

    /// A dict key as JSON object keys must be: a string. None when
    /// `skipkeys` drops a key of another type.
    fn key_text(&mut self, vm: &mut Vm, key: &Value) -> PyResult<Option<String>> {
        if let Some(s) = str_of(key) {
            return Ok(Some(s.into()));
        }
        let mut text = String::new();
        match key {
            Value::Float(x) => {
                json_float(&mut text, *x, self.allow_nan).map_err(|e| vm.text_error(e))?
            }
            Value::Bool(_) | Value::None | Value::Int(_) => match self.shape(vm, key)? {
                Shape::Text(t) => text = t,
                _ => return Ok(None),
            },
            _ => match self.subclass_shape(vm, key)? {
                // A str subclass comes back quoted; an int or float one as its text.
                Shape::Text(t) if t.starts_with('"') => text = vm.str_string(key)?,
                Shape::Text(t) => text = t,
                _ if self.skipkeys => return Ok(None),
                _ => {
                    let m = format!(
                        "keys must be str, int, float, bool or None, not {}",
                        vm.type_name(key)
                    );
                    return Err(vm.type_error(m));
                }
            },
        }
        Ok(Some(text))
    }
}

/// `sorted(d.items())`: pairs sorted as tuples, so mixed key types raise
/// CPython's TypeError.
fn sorted_pairs(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let mut tuples: Vec<Value> = pairs
        .into_iter()
        .map(|(k, v)| vm.new_tuple(alloc::vec![k, v]))
        .collect();
    sort_values(vm, &mut tuples, &Value::None, false)?;
    Ok(tuples
        .iter()
        .filter_map(|t| match t.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(kv)) => Some((kv[0].clone(), kv[1].clone())),
            _ => None,
        })
        .collect())
}

fn text_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<String> {
    match str_of(v) {
        Some(s) => Ok(s.into()),
        None => {
            let m = format!("{what} must be str, not {}", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

/// `_encode(obj, indent, item_sep, key_sep, sort_keys, skipkeys,
/// ensure_ascii, allow_nan, check_circular, default)`: the text of `obj`.
/// `indent` is None or the str of one level (the Python layer turns an int
/// into spaces).
pub fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos();
    if a.len() != 10 {
        return Err(vm.type_error("_encode() takes 10 arguments"));
    }
    let indent = match &a[1] {
        Value::None => None,
        v => Some(text_arg(vm, v, "indent")?),
    };
    let flag = |v: &Value| !matches!(v, Value::Bool(false) | Value::None | Value::Int(0));
    let mut enc = Encoder {
        indent,
        item_sep: text_arg(vm, &a[2], "item separator")?,
        key_sep: text_arg(vm, &a[3], "key separator")?,
        sort_keys: flag(&a[4]),
        skipkeys: flag(&a[5]),
        ensure_ascii: flag(&a[6]),
        allow_nan: flag(&a[7]),
        check_circular: flag(&a[8]),
        default: a[9].clone(),
        active: Vec::new(),
        out: String::new(),
    };
    enc.encode(vm, &a[0], 0)?;
    Ok(vm.new_str_value(enc.out))
}
