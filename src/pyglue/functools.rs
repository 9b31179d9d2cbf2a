//! The native half of `functools`: `partial` (a class whose instances keep
//! `func`, `args` and `keywords` as attributes and call through one native
//! `__call__`, nesting flattened as CPython does), `reduce`, and the call
//! path of `lru_cache` (`_lru_cache_wrapper`: the key, the lookup and the
//! least-recently-used order, in an insertion-ordered dict). The rest of
//! the module is frozen Python (frozen/functools.py), run into the same
//! namespace afterwards.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::builtins::add_value;
use crate::vm::builtins::types::new_class;
use crate::vm::eval::mapping::new_dict;
use crate::vm::object::class::Layout;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// (func, args tuple, keywords dict) of a partial object.
fn parts(vm: &mut Vm, p: &Value) -> Option<(Value, Value, Value)> {
    let Some(Kind::Instance(i)) = p.as_obj().map(|o| &**o) else {
        return None;
    };
    let [f, a, k] = ["func", "args", "keywords"].map(|n| vm.intern(n));
    Some((i.get(&f)?, i.get(&a)?, i.get(&k)?))
}

fn tuple_items(v: &Value) -> &[Value] {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Tuple(t)) => t,
        _ => &[],
    }
}

/// The (key, value) pairs of a dict value.
fn dict_pairs(v: &Value) -> Vec<(Value, Value)> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Dict(d)) => d
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether `f` is a partial object that calls as `partial` does (so a
/// partial of it can call its function directly).
fn is_plain_partial(vm: &mut Vm, f: &Value, cls: &ObjRef) -> bool {
    let call = vm.names.call.clone();
    matches!(f.as_obj().map(|o| &**o), Some(Kind::Instance(_)))
        && match (vm.special(f, &call), vm.lookup(cls, &call)) {
            (Some(Value::Obj(a)), Some(Value::Obj(b))) => a.ptr_eq(&b),
            _ => false,
        }
}

fn partial_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.vals.first().and_then(|v| v.as_obj()) {
        Some(c) if matches!(&**c, Kind::Class(_)) => c.clone(),
        _ => return Err(vm.type_error("partial.__new__(X): X is not a type object")),
    };
    let pos = &args.pos()[1..];
    let Some(func) = pos.first() else {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    };
    if !vm.is_callable(func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let base = super::module_attr(vm, "functools", "partial");
    let nested = match base.as_ref().and_then(|b| b.as_obj()) {
        Some(b) if is_plain_partial(vm, func, &b.clone()) => parts(vm, func),
        _ => None,
    };
    let (func, mut all, mut kw) = match nested {
        Some((f, a, k)) => (f, tuple_items(&a).to_vec(), dict_pairs(&k)),
        None => (func.clone(), Vec::new(), Vec::new()),
    };
    all.extend_from_slice(&pos[1..]);
    let keywords = Value::Obj(new_dict());
    for (k, v) in kw
        .drain(..)
        .chain(args.kw().map(|(k, v)| (k.clone(), v.clone())))
    {
        if let Value::Obj(d) = &keywords {
            vm.dict_set(d, k, v)?;
        }
    }
    let obj = vm.new_instance(&cls);
    let args_tuple = vm.new_tuple(all);
    for (name, v) in [("func", func), ("args", args_tuple), ("keywords", keywords)] {
        let k = vm.intern(name);
        vm.set_attr(&obj, &k, v)?;
    }
    Ok(obj)
}

fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some((func, pargs, pkw)) = args.vals.first().and_then(|p| parts(vm, p)) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'partial' object"));
    };
    let call_pos = &args.pos()[1..];
    let mut vals = tuple_items(&pargs).to_vec();
    vals.extend_from_slice(call_pos);
    let stored = dict_pairs(&pkw);
    if stored.is_empty() {
        vals.extend(args.kw().map(|(_, v)| v.clone()));
        let call = Args {
            vals: &vals,
            kwnames: args.kwnames,
        };
        return vm.call_args(&func, call);
    }
    // The stored keywords, overridden by the call's, then the call's others.
    let mut names: Vec<Value> = Vec::with_capacity(stored.len() + args.kwnames.len());
    for (k, v) in stored {
        let given = args
            .kw()
            .find(|(n, _)| crate::vm::object::str_of(n) == crate::vm::object::str_of(&k));
        vals.push(given.map_or(v, |(_, g)| g.clone()));
        names.push(k);
    }
    for (k, v) in args.kw() {
        let s = crate::vm::object::str_of(k);
        if !names.iter().any(|n| crate::vm::object::str_of(n) == s) {
            names.push(k.clone());
            vals.push(v.clone());
        }
    }
    let call = Args {
        vals: &vals,
        kwnames: &names,
    };
    vm.call_args(&func, call)
}

fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = args.vals.first().cloned().unwrap_or(Value::None);
    let Some((func, pargs, pkw)) = parts(vm, &me) else {
        return Err(vm.type_error("descriptor '__repr__' requires a 'partial' object"));
    };
    let cls = vm.type_of(&me);
    let base = super::module_attr(vm, "functools", "partial");
    let mut out = match base {
        Some(Value::Obj(b)) if b.ptr_eq(&cls) => String::from("functools.partial("),
        _ => format!("{}(", vm.class_name(&cls)),
    };
    vm.repr_into(&mut out, &func)?;
    for v in tuple_items(&pargs).to_vec() {
        out.push_str(", ");
        vm.repr_into(&mut out, &v)?;
    }
    for (k, v) in dict_pairs(&pkw) {
        out.push_str(&format!(
            ", {}=",
            crate::vm::object::str_of(&k).unwrap_or("?")
        ));
        vm.repr_into(&mut out, &v)?;
    }
    out.push(')');
    Ok(vm.new_str_value(out))
}

fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("reduce() takes no keyword arguments"));
    }
    super::expect_args(vm, "reduce", args.vals.len(), 2, 3)?;
    let f = &args.vals[0];
    let it = match vm.get_iter(&args.vals[1]) {
        Ok(it) => it,
        Err(e) if vm.exc_is(&e, crate::vm::builtins::exc_table::Exc::TypeError) => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = match args.vals.get(2) {
        Some(v) => v.clone(),
        None => match vm.next(&it)? {
            Some(v) => v,
            None => return Err(vm.type_error("reduce() of empty iterable with no initial value")),
        },
    };
    while let Some(x) = vm.next(&it)? {
        acc = vm.call(f, &[acc, x])?;
    }
    Ok(acc)
}

// _lru_cache_wrapper(func, maxsize, typed): its state is a list kept as a
// hidden attribute: [func, cache dict, maxsize (None: unbounded), typed,
// hits, misses]. The class object itself is the marker between positional
// and keyword arguments in a key (any unique object would do).
const LRU: &str = "_lru_state";
const FUNC: usize = 0;
const CACHE: usize = 1;
const MAXSIZE: usize = 2;
const TYPED: usize = 3;
const HITS: usize = 4;
const MISSES: usize = 5;

fn lru_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    if pos.len() != 4 || !args.kwnames.is_empty() {
        return Err(vm.type_error("_lru_cache_wrapper(func, maxsize, typed)"));
    }
    let Some(cls) = pos[0].as_obj().cloned() else {
        return Err(vm.type_error("_lru_cache_wrapper.__new__(X): X is not a type object"));
    };
    if !vm.is_callable(&pos[1]) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = match &pos[2] {
        Value::None => Value::None,
        v => Value::Int(crate::vm::builtins::int_arg(vm, v)?.max(0)),
    };
    let typed = Value::Bool(vm.truthy(&pos[3])?);
    let cache = Value::Obj(new_dict());
    let st = alloc::vec![
        pos[1].clone(),
        cache,
        maxsize,
        typed,
        Value::Int(0),
        Value::Int(0)
    ];
    let st = vm.new_list(st);
    let obj = vm.new_instance(&cls);
    let k = vm.intern(LRU);
    vm.set_attr(&obj, &k, st)?;
    Ok(obj)
}

/// The state list of a wrapper.
fn lru_state(vm: &mut Vm, me: Option<&Value>) -> PyResult<ObjRef> {
    let k = vm.intern(LRU);
    let st = match me.and_then(|v| v.as_obj()).map(|o| &**o) {
        Some(Kind::Instance(i)) => i.get(&k),
        _ => None,
    };
    match st {
        Some(Value::Obj(l)) if matches!(&*l, Kind::List(_)) => Ok(l),
        _ => Err(vm.type_error("descriptor requires a '_lru_cache_wrapper' object")),
    }
}

fn slot(st: &ObjRef, i: usize) -> Value {
    match &**st {
        Kind::List(l) => l.borrow().get(i).cloned().unwrap_or(Value::None),
        _ => Value::None,
    }
}

fn set_slot(st: &ObjRef, i: usize, v: Value) {
    if let Kind::List(l) = &**st {
        if let Some(x) = l.borrow_mut().get_mut(i) {
            *x = v;
        }
    }
}

fn bump(st: &ObjRef, i: usize) {
    if let Value::Int(n) = slot(st, i) {
        set_slot(st, i, Value::Int(n + 1));
    }
}

/// The cache key of a call (CPython's: a lone int or str argument is its
/// own key unless typed; else a tuple of the arguments, the marker and
/// the keyword pairs, and with `typed` the arguments' types).
fn make_key(vm: &mut Vm, me: &Value, args: Args, typed: bool) -> Value {
    let pos = &args.pos()[1..];
    if let ([one], true, false) = (pos, args.kwnames.is_empty(), typed) {
        let exact = match one {
            Value::Int(_) => true,
            Value::Obj(o) => matches!(&**o, Kind::Str(_)) && o.ext().is_none(),
            _ => false,
        };
        if exact {
            return one.clone();
        }
    }
    let mut key = pos.to_vec();
    if !args.kwnames.is_empty() {
        key.push(Value::Obj(vm.type_of(me)));
        for (k, v) in args.kw() {
            key.push(k.clone());
            key.push(v.clone());
        }
    }
    if typed {
        let values: Vec<Value> = pos
            .iter()
            .chain(args.kw().map(|(_, v)| v))
            .cloned()
            .collect();
        key.extend(values.iter().map(|v| Value::Obj(vm.type_of(v))));
    }
    vm.new_tuple(key)
}

fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = lru_state(vm, args.vals.first())?;
    let func = slot(&st, FUNC);
    let call = Args {
        vals: &args.vals[1..],
        kwnames: args.kwnames,
    };
    let maxsize = slot(&st, MAXSIZE);
    if matches!(maxsize, Value::Int(0)) {
        bump(&st, MISSES);
        return vm.call_args(&func, call);
    }
    let typed = matches!(slot(&st, TYPED), Value::Bool(true));
    let key = make_key(vm, &args.vals[0], args, typed);
    let Value::Obj(cache) = slot(&st, CACHE) else {
        return vm.call_args(&func, call);
    };
    if let Some(v) = vm.dict_get(&cache, &key)? {
        bump(&st, HITS);
        if !maxsize.is_none() {
            vm.dict_del(&cache, &key)?;
            vm.dict_set(&cache, key, v.clone())?;
        }
        return Ok(v);
    }
    bump(&st, MISSES);
    let v = vm.call_args(&func, call)?;
    vm.dict_set(&cache, key, v.clone())?;
    if let Value::Int(max) = maxsize {
        let oldest = match &*cache {
            Kind::Dict(d) if d.borrow().len() as i64 > max => {
                d.borrow().iter().next().map(|e| e.key.clone())
            }
            _ => None,
        };
        if let Some(k) = oldest {
            vm.dict_del(&cache, &k)?;
        }
    }
    Ok(v)
}

/// `(hits, misses, maxsize, currsize)`: what `cache_info()` (Python) reports.
fn lru_stats(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = lru_state(vm, args.vals.first())?;
    let size = match slot(&st, CACHE).as_obj().map(|o| &**o) {
        Some(Kind::Dict(d)) => d.borrow().len(),
        _ => 0,
    };
    let items = alloc::vec![
        slot(&st, HITS),
        slot(&st, MISSES),
        slot(&st, MAXSIZE),
        Value::from(size)
    ];
    Ok(vm.new_tuple(items))
}

fn lru_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = lru_state(vm, args.vals.first())?;
    set_slot(&st, CACHE, Value::Obj(new_dict()));
    set_slot(&st, HITS, Value::Int(0));
    set_slot(&st, MISSES, Value::Int(0));
    Ok(Value::None)
}

fn lru_parameters(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let st = lru_state(vm, args.vals.first())?;
    let d = new_dict();
    add_value(vm, &d, "maxsize", slot(&st, MAXSIZE));
    add_value(vm, &d, "typed", slot(&st, TYPED));
    Ok(Value::Obj(d))
}

/// `wrapper.__get__(obj, type)`: a bound method, so a cached method gets `self`.
fn lru_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.vals.get(1) {
        Some(obj) if !obj.is_none() => Ok(Value::Obj(ObjRef::new(Kind::Method(
            args.vals[0].clone(),
            obj.clone(),
        )))),
        _ => Ok(args.vals.first().cloned().unwrap_or(Value::None)),
    }
}

/// A plain class of the module (Layout::Object: Python classes may derive
/// from it) with native methods.
fn module_class(
    vm: &mut Vm,
    d: &ObjRef,
    name: &str,
    methods: &[(&'static str, crate::vm::object::func::NativeFn)],
) {
    let object = vm.types.object.clone();
    let cls = new_class(name, core::slice::from_ref(&object), Layout::Object);
    if let Kind::Class(c) = &*cls {
        let m = vm.new_str_value("functools".into());
        add_value(vm, &c.dict, "__module__", m);
    }
    super::add_methods(vm, &cls, methods);
    add_value(vm, d, name, Value::Obj(cls));
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    module_class(
        vm,
        d,
        "partial",
        &[
            ("__new__", partial_new),
            ("__call__", partial_call),
            ("__repr__", partial_repr),
        ],
    );
    module_class(
        vm,
        d,
        "_lru_cache_wrapper",
        &[
            ("__new__", lru_new),
            ("__call__", lru_call),
            ("__get__", lru_get),
            ("_cache_stats", lru_stats),
            ("cache_clear", lru_clear),
            ("cache_parameters", lru_parameters),
        ],
    );
    super::add_fns(vm, d, &[("reduce", reduce)]);
    super::frozen_code::run(vm, d, "functools")
}
