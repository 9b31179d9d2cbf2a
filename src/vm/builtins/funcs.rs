//! The built-in functions: `print`, `len`, `min`/`max`, `sorted`, `isinstance`,
//! `getattr` & co. (the type constructors live with their types).

use crate::vm::eval::complex_ops::as_complex;
use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_fn, arg_count};
use crate::platform::{platform, Stream};
use crate::vm::eval::iterate::new_iter;
use crate::vm::eval::ops::as_f64;
use crate::vm::object::func::Args;
use crate::vm::object::iter::IterState;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Write text to sys.stdout / sys.stderr (or to a file object's `write`).
pub fn write_to(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    if file.is_none() {
        platform().write(Stream::Stdout, s.as_bytes());
        return Ok(());
    }
    let w = vm.intern("write");
    let m = vm.get_attr(file, &w)?;
    let sv = vm.new_str_value(s.into());
    vm.call(&m, &[sv])?;
    Ok(())
}

fn kw_str(vm: &mut Vm, args: Args, name: &str, default: &str) -> PyResult<String> {
    match args.kwarg(name) {
        None | Some(Value::None) => Ok(default.into()),
        Some(v) => match str_of(v) {
            Some(s) => Ok(s.into()),
            None => {
                let m = format!("{name} must be None or a string, not {}", vm.type_name(v));
                Err(vm.type_error(m))
            }
        },
    }
}

/// Refuse keyword arguments other than `allowed` (CPython's message).
pub fn check_kwargs(vm: &mut Vm, args: Args, func: &str, allowed: &[&str]) -> PyResult<()> {
    for (k, _) in args.kw() {
        let name = str_of(k).unwrap_or("?");
        if !allowed.contains(&name) {
            let m = format!("'{name}' is an invalid keyword argument for {func}()");
            return Err(vm.type_error(m));
        }
    }
    Ok(())
}

fn print(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_kwargs(vm, args, "print", &["sep", "end", "file", "flush"])?;
    let sep = kw_str(vm, args, "sep", " ")?;
    let end = kw_str(vm, args, "end", "\n")?;
    let file = args.kwarg("file").cloned().unwrap_or(Value::None);
    let file = if file.is_none() {
        vm.sys_stdout()
    } else {
        file
    };
    let mut out = String::new();
    for (i, v) in args.pos().iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match str_of(v) {
            Some(s) => out.push_str(s),
            None => {
                let s = vm.str_string(v)?;
                out.push_str(&s);
            }
        }
    }
    out.push_str(&end);
    write_to(vm, &file, &out)?;
    Ok(Value::None)
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "input", 0, 1)?;
    if let Some(p) = args.pos().first() {
        let s = vm.str_string(p)?;
        platform().write(Stream::Stdout, s.as_bytes());
    }
    match platform().read_line() {
        Ok(Some(line)) => {
            let mut s = String::from_utf8_lossy(&line).into_owned();
            while s.ends_with('\n') || s.ends_with('\r') {
                s.pop();
            }
            Ok(vm.new_str_value(s))
        }
        Ok(None) => Err(vm.new_exc(Exc::EOFError, "EOF when reading a line")),
        Err(e) => Err(vm.os_error(e, None)),
    }
}

/// `len(v)`.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if crate::vm::builtins::subclass::has_record(v) {
        if let Some(r) = vm.call_override(v, &vm.names.len.clone(), &[])? {
            return vm.len_result(&r);
        }
    }
    native_len(vm, v)
}

/// `len(v)` by the built-in type's own rules.
#[inline(always)]
pub fn native_len(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    if let Value::Obj(o) = v {
        match &**o {
            Kind::Str(s) => return Ok(s.char_len()),
            Kind::Bytes(b) => return Ok(b.len()),
            Kind::ByteArray(b) => return Ok(b.borrow().len()),
            Kind::Tuple(t) => return Ok(t.len()),
            Kind::List(l) => return Ok(l.borrow().len()),
            Kind::Dict(d) | Kind::Set(d, _) => return Ok(d.borrow().len()),
            Kind::DictView(_, d) => {
                return Ok(crate::vm::eval::mapping::table(d).map_or(0, |t| t.borrow().len()))
            }
            Kind::Range(..) => return vm.range_size(o),
            Kind::BigRange(_) => return vm.big_range_size(o),
            _ => {}
        }
    }
    match vm.call_special(v, &vm.names.len.clone(), &[])? {
        Some(r) => vm.len_result(&r),
        None => {
            let m = format!("object of type '{}' has no len()", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "len", 1, 1)?;
    Ok(Value::Int(len_of(vm, &args.vals[0])? as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "repr", 1, 1)?;
    let s = vm.repr_string(&args.vals[0])?;
    Ok(vm.new_str_value(s))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ascii", 1, 1)?;
    let s = vm.ascii_string(&args.vals[0])?;
    Ok(vm.new_str_value(s))
}

pub(crate) fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "abs", 1, 1)?;
    let v = &args.vals[0];
    match v {
        Value::Int(i) => Ok(i.checked_abs().map_or_else(
            || crate::vm::object::bigint::int_value(-crate::vm::object::bigint::BigInt::from(*i)),
            Value::Int,
        )),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => Ok(Value::Float(libm::fabs(*f))),
        _ => {
            let n = vm.intern("__abs__");
            match vm.call_special(v, &n, &[])? {
                Some(r) => Ok(r),
                None => {
                    let m = format!("bad operand type for abs(): '{}'", vm.type_name(v));
                    Err(vm.type_error(m))
                }
            }
        }
    }
}

/// Shared by min() and max(): `want_less` picks min.
fn min_max(vm: &mut Vm, args: Args, name: &str, want_less: bool) -> PyResult<Value> {
    let pos = args.pos();
    let key = args.kwarg("key").cloned().filter(|k| !k.is_none());
    let default = args.kwarg("default").cloned();
    let items = match pos.len() {
        0 => {
            return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
        }
        1 => vm.collect(&pos[0])?,
        _ => {
            if default.is_some() {
                let m = format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                );
                return Err(vm.type_error(m));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, core::slice::from_ref(&it))?,
            None => it.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                let op = if want_less {
                    crate::vm::bytecode::CompareOp::Lt
                } else {
                    crate::vm::bytecode::CompareOp::Gt
                };
                let r = vm.compare(op, &k, bk)?;
                vm.truthy(&r)?
            }
        };
        if better {
            best = Some((k, it));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", true)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", false)
}

fn sum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut acc = pos
        .get(1)
        .cloned()
        .or_else(|| args.kwarg("start").cloned())
        .unwrap_or(Value::Int(0));
    if str_of(&acc).is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(&pos[0])?;
    while let Some(x) = vm.next(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            _ => vm.binary_op(crate::vm::bytecode::BinaryOp::Add as u32, &acc, &x)?,
        };
    }
    Ok(acc)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "any", 1, 1)?;
    let it = vm.get_iter(&args.vals[0])?;
    while let Some(x) = vm.next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "all", 1, 1)?;
    let it = vm.get_iter(&args.vals[0])?;
    while let Some(x) = vm.next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 1 {
        let m = format!("sorted expected 1 argument, got {}", pos.len());
        return Err(vm.type_error(m));
    }
    check_kwargs(vm, args, "sort", &["key", "reverse"])?;
    let mut items = vm.collect(&pos[0])?;
    let key = args.kwarg("key").cloned().unwrap_or(Value::None);
    let reverse = match args.kwarg("reverse") {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    super::list::sort_values(vm, &mut items, &key, reverse)?;
    Ok(vm.new_list(items))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "iter", 1, 2)?;
    if args.vals.len() == 2 {
        return Ok(new_iter(IterState::Callable(
            args.vals[0].clone(),
            args.vals[1].clone(),
        )));
    }
    vm.get_iter(&args.vals[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "next", 1, 2)?;
    let it = &args.vals[0];
    let is_iter = match it.as_obj().map(|o| &**o) {
        Some(Kind::Iter(_) | Kind::Gen(_) | Kind::File(_)) => true,
        Some(_) => vm.special(it, &vm.names.next.clone()).is_some(),
        None => false,
    };
    if !is_iter {
        let m = format!("'{}' object is not an iterator", vm.type_name(it));
        return Err(vm.type_error(m));
    }
    if let Some(Kind::Gen(_)) = it.as_obj().map(|o| &**o) {
        let g = it.as_obj().cloned().expect("generator");
        return match vm.gen_resume(&g, Value::None, None)? {
            crate::vm::eval::run::Exit::Yield(v) => Ok(v),
            crate::vm::eval::run::Exit::Return(r) => match args.vals.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(r)),
            },
        };
    }
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match args.vals.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.new_exc_empty(Exc::StopIteration)),
        },
    }
}

/// `isinstance`/`issubclass` against an object that is neither a class
/// nor a tuple but whose type has the check's hook (`int | str`,
/// `typing.List`): the hook's answer; None when there is no hook.
fn object_hook(vm: &mut Vm, spec: &Value, hook: &str, subject: &Value) -> PyResult<Option<bool>> {
    if matches!(
        spec.as_obj().map(|o| &**o),
        None | Some(Kind::Class(_) | Kind::Tuple(_))
    ) {
        return Ok(None);
    }
    let name = vm.intern(hook);
    match vm.call_special(spec, &name, core::slice::from_ref(subject))? {
        Some(r) => Ok(Some(vm.truthy(&r)?)),
        None => Ok(None),
    }
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "isinstance", 2, 2)?;
    if let Some(r) = object_hook(vm, &args.vals[1], "__instancecheck__", &args.vals[0])? {
        return Ok(Value::Bool(r));
    }
    let r = class_test(vm, &args.vals[1], "isinstance", &mut |vm, c| {
        if vm.isinstance(&args.vals[0], c) {
            return Ok(true);
        }
        match metaclass_hook(vm, c, "__instancecheck__") {
            Some(h) => {
                let r = vm.call(&h, &[Value::Obj(c.clone()), args.vals[0].clone()])?;
                vm.truthy(&r)
            }
            None => Ok(false),
        }
    })?;
    Ok(Value::Bool(r))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "issubclass", 2, 2)?;
    let Some(sub) = args.vals[0]
        .as_obj()
        .filter(|o| matches!(&***o, Kind::Class(_)))
        .cloned()
    else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    if let Some(r) = object_hook(vm, &args.vals[1], "__subclasscheck__", &args.vals[0])? {
        return Ok(Value::Bool(r));
    }
    let r = class_test(
        vm,
        &args.vals[1],
        "issubclass",
        &mut |vm, c| match metaclass_hook(vm, c, "__subclasscheck__") {
            Some(h) => {
                let r = vm.call(&h, &[Value::Obj(c.clone()), Value::Obj(sub.clone())])?;
                vm.truthy(&r)
            }
            None => Ok(vm.is_subclass(&sub, c)),
        },
    )?;
    Ok(Value::Bool(r))
}

/// `hook` (`__instancecheck__` / `__subclasscheck__`) as the metaclass of
/// `cls` defines it; None for plain classes (whose type is `type`), which
/// take the built-in check.
fn metaclass_hook(vm: &mut Vm, cls: &ObjRef, hook: &str) -> Option<Value> {
    let meta = vm.type_of(&Value::Obj(cls.clone()));
    if meta.ptr_eq(&vm.types.type_) {
        return None;
    }
    let name = vm.intern(hook);
    vm.lookup(&meta, &name)
}

/// Apply `test` to a class or each class of a (nested) tuple.
fn class_test(
    vm: &mut Vm,
    spec: &Value,
    name: &str,
    test: &mut dyn FnMut(&mut Vm, &ObjRef) -> PyResult<bool>,
) -> PyResult<bool> {
    match spec.as_obj().map(|o| &**o) {
        Some(Kind::Class(_)) => test(vm, spec.as_obj().expect("class")),
        Some(Kind::Tuple(t)) => {
            let what = match name {
                "isinstance" => " in __instancecheck__",
                _ => " in __subclasscheck__",
            };
            vm.guard_enter(what)?;
            let r = t.iter().try_fold(false, |found, c| match found {
                true => Ok(true),
                false => class_test(vm, c, name, test),
            });
            vm.guard_leave();
            r
        }
        _ => {
            let m = format!("{name}() arg 2 must be a type, a tuple of types, or a union");
            Err(vm.type_error(m))
        }
    }
}

fn attr_name(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match str_of(v) {
        Some(s) => {
            let s: String = s.into();
            Ok(vm.intern(&s))
        }
        None => {
            let m = format!("attribute name must be string, not '{}'", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "getattr", 2, 3)?;
    let name = attr_name(vm, &args.vals[1])?;
    let Some(default) = args.vals.get(2) else {
        return vm.get_attr(&args.vals[0], &name);
    };
    // With a default, a plain miss makes no AttributeError at all.
    match vm.get_attr_or_missing(&args.vals[0], &name) {
        Ok(v) => Ok(v.unwrap_or_else(|| default.clone())),
        Err(e) if vm.exc_is(&e, Exc::AttributeError) => Ok(default.clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "setattr", 3, 3)?;
    let name = attr_name(vm, &args.vals[1])?;
    vm.set_attr(&args.vals[0], &name, args.vals[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "delattr", 2, 2)?;
    let name = attr_name(vm, &args.vals[1])?;
    vm.del_attr(&args.vals[0], &name)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "hasattr", 2, 2)?;
    let name = attr_name(vm, &args.vals[1])?;
    match vm.get_attr_or_missing(&args.vals[0], &name) {
        Ok(v) => Ok(Value::Bool(v.is_some())),
        Err(e) if vm.exc_is(&e, Exc::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "id", 1, 1)?;
    Ok(Value::Int(match &args.vals[0] {
        Value::Obj(o) => o.addr() as i64,
        Value::None => 1,
        Value::Bool(b) => 2 + *b as i64,
        Value::Int(i) => i.wrapping_mul(16).wrapping_add(8),
        Value::Float(f) => f.to_bits() as i64 | 4,
        Value::Null => 0,
    }))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "hash", 1, 1)?;
    Ok(Value::Int(vm.hash(&args.vals[0])?))
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "callable", 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.vals[0])))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "chr", 1, 1)?;
    let n = super::c_int_arg(vm, &args.vals[0])?;
    match u32::try_from(n).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.char_value(c)),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "ord", 1, 1)?;
    let v = &args.vals[0];
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Str(s)) => {
            if s.char_len() == 1 {
                return Ok(Value::Int(s.char_at(0) as i64));
            }
            let m = format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            );
            Err(vm.type_error(m))
        }
        Some(Kind::Bytes(b)) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        _ => {
            let m = format!(
                "ord() expected string of length 1, but {} found",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

fn radix(vm: &mut Vm, args: Args, name: &str, base: u32, prefix: &str) -> PyResult<Value> {
    arg_count(vm, args, name, 1, 1)?;
    let s = super::int_ops::radix_text(vm, &args.vals[0], base, prefix)?;
    Ok(vm.new_str_value(s))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "divmod", 2, 2)?;
    let (a, b) = (&args.vals[0], &args.vals[1]);
    let numeric = |v: &Value| {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
            || crate::vm::object::bigint::as_big(v).is_some()
    };
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (a, b) {
        if let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) {
            return vm.float_divmod_value(x, y);
        }
    }
    if numeric(a) && numeric(b) {
        let q = vm.binary_op(crate::vm::bytecode::BinaryOp::FloorDivide as u32, a, b)?;
        let r = vm.binary_op(crate::vm::bytecode::BinaryOp::Remainder as u32, a, b)?;
        return Ok(vm.new_tuple(alloc::vec![q, r]));
    }
    for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
        let n = vm.intern(name);
        if let Some(r) = vm.call_special(x, &n, core::slice::from_ref(y))? {
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
    }
    let m = format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    );
    Err(vm.type_error(m))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "pow", 2, 3)?;
    let (a, b) = (&args.vals[0], &args.vals[1]);
    match args.vals.get(2) {
        None | Some(Value::None) => vm.binary_op(crate::vm::bytecode::BinaryOp::Power as u32, a, b),
        Some(_) if as_complex(a).is_some() || as_complex(b).is_some() => {
            Err(vm.value_error("complex modulo"))
        }
        Some(m) => super::int_ops::pow_mod(vm, a, b, m),
    }
}

fn round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error("round() takes at most 2 arguments"));
    }
    let nd = match pos.get(1).or_else(|| args.kwarg("ndigits")) {
        None | Some(Value::None) => None,
        Some(v) => Some(super::bound_arg(vm, v)?),
    };
    match (&pos[0], nd) {
        (Value::Int(i), None) => Ok(Value::Int(*i)),
        (Value::Bool(b), None) => Ok(Value::Int(*b as i64)),
        (Value::Int(i), Some(n)) => {
            if n >= 0 {
                return Ok(Value::Int(*i));
            }
            if n < -18 {
                // 10**19 passes i64 (the result may too); from 10**20 on
                // every i64 rounds to 0, so the power is never bigger.
                use crate::vm::object::bigint::{int_value, round_to_ten_power, BigInt};
                let r = round_to_ten_power(&BigInt::from(*i), n.max(-20));
                return Ok(int_value(r.unwrap_or_default()));
            }
            let p = 10i64.pow(n.unsigned_abs() as u32);
            let (q, r) = (i.div_euclid(p), i.rem_euclid(p));
            let half = p / 2;
            let q = if r > half || (r == half && q % 2 != 0) {
                q + 1
            } else {
                q
            };
            Ok(Value::Int(q.saturating_mul(p)))
        }
        (Value::Float(f), n) => super::float::float_round(vm, *f, n),
        (v, _) => {
            let name = vm.intern("__round__");
            let extra: Vec<Value> = pos[1..].to_vec();
            match vm.call_special(v, &name, &extra)? {
                Some(r) => Ok(r),
                None => {
                    let m = format!("type {} doesn't define __round__ method", vm.type_name(v));
                    Err(vm.type_error(m))
                }
            }
        }
    }
}

fn format_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "format", 1, 2)?;
    let spec: String = match args.vals.get(1) {
        Some(s) => match str_of(s) {
            Some(s) => s.into(),
            None => {
                let m = format!("format() argument 2 must be str, not {}", vm.type_name(s));
                return Err(vm.type_error(m));
            }
        },
        None => String::new(),
    };
    let s = vm.format(&args.vals[0], &spec)?;
    Ok(vm.new_str_value(s))
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "vars", 1, 1)?;
    let v = &args.vals[0];
    let d = match v.as_obj().map(|o| &**o) {
        Some(Kind::Class(c)) => Some(c.dict.clone()),
        Some(Kind::Module(m)) => Some(m.dict.clone()),
        _ => vm.instance_dict(v),
    };
    match d {
        Some(d) => Ok(Value::Obj(d)),
        None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "dir", 0, 1)?;
    let v = &args.vals[0];
    let mut names: Vec<String> = Vec::new();
    let add_dict = |d: &ObjRef, names: &mut Vec<String>| {
        if let Kind::Dict(t) = &**d {
            for e in t.borrow().iter() {
                if let Some(s) = str_of(&e.key) {
                    if !names.iter().any(|n| n == s) {
                        names.push(s.into());
                    }
                }
            }
        }
    };
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Module(m)) => add_dict(&m.dict, &mut names),
        Some(Kind::Class(c)) => {
            for k in c.mro.borrow().iter() {
                if let Kind::Class(kc) = &**k {
                    add_dict(&kc.dict, &mut names);
                }
            }
        }
        _ => {
            if let Some(d) = vm.instance_dict(v) {
                add_dict(&d, &mut names);
            }
            let t = vm.type_of(v);
            if let Kind::Class(c) = &*t {
                for k in c.mro.borrow().iter() {
                    if let Kind::Class(kc) = &**k {
                        add_dict(&kc.dict, &mut names);
                    }
                }
            }
        }
    }
    names.sort();
    let items: Vec<Value> = names.into_iter().map(|n| vm.new_str_value(n)).collect();
    Ok(vm.new_list(items))
}

/// `globals()`/`locals()` with arguments (the no-argument call is handled
/// by the eval loop, which knows the calling frame).
fn frame_only(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("globals() and locals() take no arguments"))
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "exit", 0, 1)?;
    let a: Vec<Value> = args.vals.to_vec();
    Err(vm.new_exc_args(Exc::SystemExit, a))
}

impl Vm {
    /// StopIteration(value).
    pub fn stop_iteration(&mut self, value: Value) -> ObjRef {
        if value.is_none() {
            return self.new_exc_empty(Exc::StopIteration);
        }
        self.new_exc_args(Exc::StopIteration, alloc::vec![value])
    }
}

pub fn install(vm: &mut Vm) {
    let b = vm.builtins.clone();
    let fns: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("print", print),
        ("input", input),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("iter", iter),
        ("next", next),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("id", id),
        ("hash", hash),
        ("callable", callable),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("format", format_fn),
        ("vars", vars),
        ("dir", dir),
        ("globals", frame_only),
        ("locals", frame_only),
        ("exit", exit),
        ("quit", exit),
    ];
    for (name, f) in fns {
        add_fn(vm, &b, name, *f);
    }
}
