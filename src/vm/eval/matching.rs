//! The `match` statement's run-time tests: sequence and mapping subjects,
//! key lookup, class patterns (`__match_args__`), and `**rest` capture.

use alloc::format;
use alloc::vec::Vec;

use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// MATCH_SEQUENCE: lists, tuples, ranges (never str/bytes).
    pub(crate) fn match_sequence(&self, v: &Value) -> bool {
        matches!(
            v.as_obj().map(|o| &**o),
            Some(Kind::List(_) | Kind::Tuple(_) | Kind::Range(..))
        )
    }

    /// MATCH_MAPPING: dicts.
    pub(crate) fn match_mapping(&self, v: &Value) -> bool {
        matches!(v.as_obj().map(|o| &**o), Some(Kind::Dict(_)))
    }

    /// MATCH_KEYS: the tuple of `subject[k]` for each key, or None if one is missing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let Some(d) = subject.as_obj().cloned() else {
            return Ok(Value::None);
        };
        let mut out = Vec::new();
        for k in self.collect(keys)? {
            match self.dict_get(&d, &k)? {
                Some(v) => out.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(out))
    }

    /// MATCH_CLASS: the positional then keyword attributes, or None.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        names: &Value,
        npos: usize,
    ) -> PyResult<Value> {
        let Some(c) = cls
            .as_obj()
            .filter(|o| matches!(&***o, Kind::Class(_)))
            .cloned()
        else {
            return Err(self.type_error("called match pattern must be a class"));
        };
        if !self.isinstance(subject, &c) {
            return Ok(Value::None);
        }
        let mut out = Vec::new();
        if npos > 0 {
            let self_matching = [
                "bool",
                "bytearray",
                "bytes",
                "dict",
                "float",
                "frozenset",
                "int",
                "list",
                "set",
                "str",
                "tuple",
            ]
            .contains(&self.class_name(&c).as_str())
                && matches!(&*c, Kind::Class(k) if k.layout == crate::vm::object::class::Layout::Native);
            if self_matching {
                if npos > 1 {
                    let m = format!(
                        "{}() accepts 1 positional sub-pattern ({npos} given)",
                        self.class_name(&c)
                    );
                    return Err(self.type_error(m));
                }
                out.push(subject.clone());
            } else {
                let ma = self.intern("__match_args__");
                let args = match self.lookup(&c, &ma) {
                    Some(a) => self.collect(&a)?,
                    None => Vec::new(),
                };
                if npos > args.len() {
                    let m = format!(
                        "{}() accepts {} positional sub-pattern{} ({npos} given)",
                        self.class_name(&c),
                        args.len(),
                        if args.len() == 1 { "" } else { "s" }
                    );
                    return Err(self.type_error(m));
                }
                for a in &args[..npos] {
                    if !self.match_attr(subject, a, &mut out)? {
                        return Ok(Value::None);
                    }
                }
            }
        }
        for n in self.collect(names)? {
            if !self.match_attr(subject, &n, &mut out)? {
                return Ok(Value::None);
            }
        }
        Ok(self.new_tuple(out))
    }

    fn match_attr(
        &mut self,
        subject: &Value,
        name: &Value,
        out: &mut Vec<Value>,
    ) -> PyResult<bool> {
        let Some(s) = str_of(name) else {
            return Ok(false);
        };
        let k: ObjRef = self.intern(&alloc::string::String::from(s));
        match self.get_attr_opt(subject, &k)? {
            Some(v) => {
                out.push(v);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// COPY_DICT_WITHOUT_KEYS: `dict(subject)` minus the keys.
    pub(crate) fn copy_dict_without(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let d = crate::vm::eval::mapping::new_dict();
        for (k, v) in self.mapping_items(subject)? {
            self.dict_set(&d, k, v)?;
        }
        for k in self.collect(keys)? {
            self.dict_del(&d, &k)?;
        }
        Ok(Value::Obj(d))
    }
}
