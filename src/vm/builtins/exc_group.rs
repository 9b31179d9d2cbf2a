//! `BaseExceptionGroup` and `ExceptionGroup` (PEP 654, CPython 3.11):
//! construction with CPython's checks and messages, `message`/`exceptions`,
//! `str()`, `derive`, `split` and `subgroup`. The `except*` opcodes build on
//! `split_group` and `new_group` (see eval/except_star.rs).

use alloc::format;
use alloc::vec;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_getset, add_method};
use crate::vm::object::exception::GroupParts;
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// How `split`/`subgroup` decide that an exception matches.
pub enum Matcher {
    /// An exception class or a tuple of them (an `isinstance` test).
    Types(Value),
    /// A callable returning a truth value.
    Predicate(Value),
    /// These very exception objects (never a group): how `except*` finds
    /// the parts of the original group that its clauses re-raised.
    Leaves(Vec<ObjRef>),
}

impl Matcher {
    /// The matcher for `split`'s argument; TypeError for anything else.
    pub fn new(vm: &mut Vm, cond: &Value) -> PyResult<Matcher> {
        let is_exc_class = |vm: &Vm, v: &Value| match v.as_obj() {
            Some(c) if matches!(&**c, Kind::Class(_)) => {
                vm.is_subclass(c, &vm.exc_class(Exc::BaseException))
            }
            _ => false,
        };
        let ok_types = match cond.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(items)) => items.iter().all(|v| is_exc_class(vm, v)),
            _ => is_exc_class(vm, cond),
        };
        if ok_types {
            return Ok(Matcher::Types(cond.clone()));
        }
        let is_class = matches!(cond.as_obj().map(|o| &**o), Some(Kind::Class(_)));
        if !is_class && vm.is_callable(cond) {
            return Ok(Matcher::Predicate(cond.clone()));
        }
        Err(vm.type_error("expected a function, exception type or tuple of exception types"))
    }

    fn matches(&self, vm: &mut Vm, exc: &Value) -> PyResult<bool> {
        match self {
            Matcher::Types(t) => vm.exception_matches(exc, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, core::slice::from_ref(exc))?;
                vm.truthy(&r)
            }
            Matcher::Leaves(leaves) => Ok(vm.group_exceptions(exc).is_none()
                && exc
                    .as_obj()
                    .is_some_and(|e| leaves.iter().any(|l| l.ptr_eq(e)))),
        }
    }
}

impl Vm {
    /// The `exceptions` tuple items when `v` is an exception group.
    pub fn group_exceptions(&self, v: &Value) -> Option<Vec<Value>> {
        let d = self.exc_data(v.as_obj()?)?.borrow();
        match d.group.as_ref()?.exceptions.as_obj().map(|o| &**o) {
            Some(Kind::Tuple(t)) => Some(t.to_vec()),
            _ => None,
        }
    }

    /// `BaseExceptionGroup(message, excs)` (an ExceptionGroup when every
    /// item is an Exception), as the interpreter builds one for `except*`.
    pub fn new_group(&mut self, message: &str, excs: Vec<Value>) -> PyResult<Value> {
        let cls = Value::Obj(self.exc_class(Exc::BaseExceptionGroup));
        let msg = self.new_str_value(message.into());
        let list = self.new_list(excs);
        self.call(&cls, &[msg, list])
    }

    /// `eg.split(matcher)` as (match, rest), each an exception or None;
    /// `with_rest` false skips building the rest (`subgroup`). A plain
    /// exception `eg` is matched as a whole.
    pub fn split_group(
        &mut self,
        eg: &Value,
        matcher: &Matcher,
        with_rest: bool,
    ) -> PyResult<(Value, Value)> {
        if matcher.matches(self, eg)? {
            return Ok((eg.clone(), Value::None));
        }
        let Some(items) = self.group_exceptions(eg) else {
            let rest = if with_rest { eg.clone() } else { Value::None };
            return Ok((Value::None, rest));
        };
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        for e in &items {
            let (m, r) = self.split_group(e, matcher, with_rest)?;
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        }
        let matched = self.derive_subset(eg, matched)?;
        let rest = self.derive_subset(eg, rest)?;
        Ok((matched, rest))
    }

    /// `eg.derive(excs)` carrying eg's traceback, cause, context and notes;
    /// None when `excs` is empty.
    fn derive_subset(&mut self, eg: &Value, excs: Vec<Value>) -> PyResult<Value> {
        if excs.is_empty() {
            return Ok(Value::None);
        }
        let name = self.intern("derive");
        let derive = self.get_attr(eg, &name)?;
        let list = self.new_list(excs);
        let new = self.call(&derive, &[list])?;
        let (Some(new_ref), Some(old_ref)) = (new.as_obj(), eg.as_obj()) else {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        };
        let (Some(to), Some(from)) = (self.exc_data(new_ref), self.exc_data(old_ref)) else {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        };
        if self.group_exceptions(&new).is_none() {
            return Err(self.type_error("derive must return an instance of BaseExceptionGroup"));
        }
        {
            let from = from.borrow();
            let mut to = to.borrow_mut();
            to.traceback = from.traceback.clone();
            to.cause = from.cause.clone();
            to.context = from.context.clone();
        }
        let notes = self.intern("__notes__");
        if let Some(n) = self.get_attr_opt(eg, &notes)? {
            let copy = self.collect(&n)?;
            let copy = self.new_list(copy);
            self.set_attr(&new, &notes, copy)?;
        }
        Ok(new)
    }

    /// Python's `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v.as_obj().map(|o| &**o) {
            Some(Kind::Func(_) | Kind::Builtin(_) | Kind::Method(..) | Kind::Class(_)) => true,
            Some(_) => self.special(v, &self.names.call.clone()).is_some(),
            None => false,
        }
    }
}

/// PySequence_Check: what `BaseExceptionGroup` accepts as its exceptions.
pub fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::Dict(_) | Kind::Set(..)) | None => false,
        Some(Kind::Instance(_)) => {
            let dict = vm.types.dict.clone();
            let name = vm.intern("__getitem__");
            !vm.isinstance(v, &dict) && vm.special(v, &name).is_some()
        }
        Some(
            Kind::Tuple(_) | Kind::List(_) | Kind::Str(_) | Kind::Bytes(_) | Kind::ByteArray(_),
        )
        | Some(Kind::Range(..)) => true,
        Some(_) => false,
    }
}

fn group_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let Some(Value::Obj(cls)) = pos.first() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    if pos.len() != 3 {
        let m = format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len() - 1
        );
        return Err(vm.type_error(m));
    }
    let (message, seq) = (&pos[1], &pos[2]);
    if !matches!(message.as_obj().map(|o| &**o), Some(Kind::Str(_))) {
        let m = format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(message)
        );
        return Err(vm.type_error(m));
    }
    if !is_sequence(vm, seq) {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let items = vm.collect(seq)?;
    if items.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let exception = vm.exc_class(Exc::Exception);
    let mut nests_base = false;
    for (i, e) in items.iter().enumerate() {
        if !vm.is_exception(e) {
            let m = format!("Item {i} of second argument (exceptions) is not an exception");
            return Err(vm.value_error(m));
        }
        nests_base |= !vm.isinstance(e, &exception);
    }
    let cls = group_class(vm, cls, nests_base)?;
    let inst = vm.exception_instance(&cls, vec![message.clone(), seq.clone()]);
    let exceptions = vm.new_tuple(items);
    if let Some(d) = vm.exc_data(&inst) {
        d.borrow_mut().group = Some(GroupParts {
            message: message.clone(),
            exceptions,
        });
    }
    Ok(Value::Obj(inst))
}

/// The class a new group gets: BaseExceptionGroup becomes ExceptionGroup
/// when no item is a BaseException only; an Exception group may not hold one.
fn group_class(vm: &mut Vm, cls: &ObjRef, nests_base: bool) -> PyResult<ObjRef> {
    let base_group = vm.exc_class(Exc::BaseExceptionGroup);
    let group = vm.exc_class(Exc::ExceptionGroup);
    if cls.ptr_eq(&base_group) {
        return Ok(if nests_base { base_group } else { group });
    }
    if nests_base && vm.is_subclass(cls, &vm.exc_class(Exc::Exception)) {
        let m = if cls.ptr_eq(&group) {
            "Cannot nest BaseExceptions in an ExceptionGroup".into()
        } else {
            format!("Cannot nest BaseExceptions in '{}'", vm.class_name(cls))
        };
        return Err(vm.type_error(m));
    }
    Ok(cls.clone())
}

/// The group parts of `self`, or the descriptor TypeError.
fn parts(vm: &mut Vm, v: &Value) -> PyResult<(Value, Value)> {
    let found = v.as_obj().and_then(|o| vm.exc_data(o)).and_then(|d| {
        let d = d.borrow();
        let g = d.group.as_ref()?;
        Some((g.message.clone(), g.exceptions.clone()))
    });
    match found {
        Some(p) => Ok(p),
        None => {
            let m = format!(
                "descriptor requires a 'BaseExceptionGroup' object but received '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

fn message_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.0)
}

fn exceptions_get(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(parts(vm, v)?.1)
}

/// `message` and `exceptions` are read-only members in CPython.
fn readonly(vm: &mut Vm, _: &Value, _: Value) -> PyResult<()> {
    Err(vm.new_exc(Exc::AttributeError, "readonly attribute"))
}

fn group_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (message, _) = parts(vm, &args.vals[0])?;
    let n = vm.group_exceptions(&args.vals[0]).map_or(0, |e| e.len());
    let message = vm.str_string(&message)?;
    let plural = if n == 1 { "" } else { "s" };
    Ok(vm.new_str_value(format!("{message} ({n} sub-exception{plural})")))
}

fn derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "derive", 1, 1)?;
    let (message, _) = parts(vm, &args.vals[0])?;
    let cls = Value::Obj(vm.exc_class(Exc::BaseExceptionGroup));
    vm.call(&cls, &[message, args.vals[1].clone()])
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "split", 1, 1)?;
    parts(vm, &args.vals[0])?;
    let matcher = Matcher::new(vm, &args.vals[1])?;
    let (m, r) = vm.split_group(&args.vals[0], &matcher, true)?;
    Ok(vm.new_tuple(vec![m, r]))
}

fn subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "subgroup", 1, 1)?;
    parts(vm, &args.vals[0])?;
    let matcher = Matcher::new(vm, &args.vals[1])?;
    Ok(vm.split_group(&args.vals[0], &matcher, false)?.0)
}

pub fn install(vm: &mut Vm) {
    let group = vm.exc_class(Exc::BaseExceptionGroup);
    add_method(vm, &group, "__new__", group_new);
    add_method(vm, &group, "__str__", group_str);
    add_method(vm, &group, "derive", derive);
    add_method(vm, &group, "split", split);
    add_method(vm, &group, "subgroup", subgroup);
    add_getset(vm, &group, "message", message_get, Some(readonly));
    add_getset(vm, &group, "exceptions", exceptions_get, Some(readonly));
}
