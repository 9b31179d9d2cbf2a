//! The `re` module's native half: compiling patterns and scanning for
//! matches. Python's `re` is a backtracking engine (backreferences,
//! lookaround, atomic groups, leftmost-first alternation); the `regex`
//! crate is a finite-automaton engine that has none of these and picks
//! different matches, so the engine is ours: parse.rs (syntax and
//! errors), compile.rs (program), exec.rs (machine), charset.rs (classes).
//! The Python half (frozen/re.py) has Pattern, Match, the module functions,
//! templates and the cache.

mod charset;
mod compile;
mod exec;
mod parse;

use alloc::vec::Vec;

use super::{add_state_class, new_state, state_arg};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::{arg_count, int_arg};
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

use compile::Program;
use exec::{Machine, UNSET};

/// The subject or pattern as code points (or bytes).
fn units(vm: &mut Vm, v: &Value) -> PyResult<Vec<u32>> {
    if let Some(s) = str_of(v) {
        return Ok(s.chars().map(|c| c as u32).collect());
    }
    match byte_view(v) {
        Some(b) => Ok(b.iter().map(|&b| u32::from(b)).collect()),
        None => {
            let m = alloc::format!(
                "expected string or bytes-like object, got '{}'",
                vm.type_name(v)
            );
            Err(vm.type_error(m))
        }
    }
}

/// _compile(pattern, flags): (program, groups, ((name, index), ...), flags)
/// or (None, message, position).
fn compile_fn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_compile", 2, 2)?;
    let bytes = str_of(&args.vals[0]).is_none();
    let pattern = units(vm, &args.vals[0])?;
    let flags = int_arg(vm, &args.vals[1])? as u32;
    let parsed = match parse::parse(&pattern, flags, bytes) {
        Ok(p) => p,
        Err(e) => {
            let m = vm.new_str_value(e.msg);
            let pos = e.pos.map_or(Value::None, |p| Value::Int(p as i64));
            return Ok(vm.new_tuple(alloc::vec![Value::None, m, pos]));
        }
    };
    let ascii = bytes || parsed.flags & parse::A != 0;
    let Ok(prog) = compile::compile(&parsed.node, parsed.groups, ascii) else {
        return Err(vm.new_exc(
            Exc::OverflowError,
            "regular expression code size limit exceeded",
        ));
    };
    let mut names = Vec::new();
    for (name, g) in parsed.names {
        let n = vm.new_str_value(name);
        names.push(vm.new_tuple(alloc::vec![n, Value::Int(g as i64)]));
    }
    let names = vm.new_tuple(names);
    let groups = Value::Int(parsed.groups as i64);
    let state = new_state(vm, "re", prog)?;
    Ok(vm.new_tuple(alloc::vec![
        state,
        groups,
        names,
        Value::Int(i64::from(parsed.flags))
    ]))
}

/// _scan(program, string, pos, endpos, mode, limit): successive
/// non-overlapping matches from pos (mode 0 search, 1 match, 2 fullmatch),
/// at most `limit` of them (0: all), as a list of tuples
/// (start0, end0, start1, end1, ..., lastindex); -1 for a group that did
/// not take part.
fn scan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_scan", 6, 6)?;
    let s = units(vm, &args.vals[1])?;
    let pos = int_arg(vm, &args.vals[2])?.clamp(0, s.len() as i64) as usize;
    let end = int_arg(vm, &args.vals[3])?.clamp(0, s.len() as i64) as usize;
    let mode = int_arg(vm, &args.vals[4])?;
    let limit = int_arg(vm, &args.vals[5])?.max(0) as usize;
    let prog = state_arg::<Program>(vm, &args.vals[0])?;
    let mut found = Vec::new();
    {
        let mut m = Machine::new(&prog, &s, end.max(pos), mode == 2);
        let mut at = pos;
        let mut advance = false;
        loop {
            let r = match m.search(at, mode != 0, advance) {
                Ok(r) => r,
                Err(_) => {
                    drop(m);
                    drop(prog);
                    return Err(vm.new_exc_empty(Exc::KeyboardInterrupt));
                }
            };
            let Some(f) = r else { break };
            let (a, b) = (f.caps[0], f.caps[1]);
            found.push(f);
            if found.len() == limit || mode != 0 {
                break;
            }
            advance = a == b;
            at = b;
        }
    }
    drop(prog);
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let mut items: Vec<Value> = f
            .caps
            .iter()
            .map(|&c| Value::Int(if c == UNSET { -1 } else { c as i64 }))
            .collect();
        items.push(Value::Int(f.last as i64));
        out.push(vm.new_tuple(items));
    }
    Ok(vm.new_list(out))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_state_class(vm, d);
    super::add_fns(vm, d, &[("_compile", compile_fn), ("_scan", scan)]);
    super::frozen_code::run(vm, d, "re")
}
