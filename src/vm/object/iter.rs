//! The state of native iterators (list/tuple/str/range/dict iteration and
//! the iterator builtins). Advancing them is `crate::vm::eval::iterate`.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::cell::RefCell;

use super::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// How a module's iterator advances: called with the iterator object and
/// its state cell (not borrowed), it returns the next item or None when
/// done. It must not hold a borrow of the cell while it calls Python code.
pub type StepFn = fn(&mut Vm, &ObjRef, &RefCell<IterState>) -> PyResult<Option<Value>>;

/// An iterator a native module defines (itertools' count, chain, product...):
/// its class, how it steps, and its state as values (seen by the cycle
/// collector) and integers, laid out as the owning module's step says.
pub struct ModIter {
    pub class: ObjRef,
    pub step: StepFn,
    pub vals: Vec<Value>,
    pub nums: Vec<i64>,
}

pub enum IterState {
    /// Over a list, tuple or str by index.
    Seq(Value, usize),
    /// Backwards over a sequence: next index to yield + 1.
    Reversed(Value, usize),
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Over a dict (or set): which part (0 keys, 1 values, 2 items), the
    /// dict, the next slot, and the size seen at start.
    Dict(u8, Value, usize, usize),
    Enumerate(Value, i64),
    Zip(Box<[Value]>),
    /// `map(f, *iterators)`.
    Map(Value, Box<[Value]>),
    /// `filter(f, iterator)`; f may be None.
    Filter(Value, Value),
    /// `iter(callable, sentinel)`.
    Callable(Value, Value),
    /// The awaitable of `agen.__anext__()`, `asend(v)`, `athrow(e)` or
    /// `aclose()`: the async generator, the value to send or the exception
    /// to throw on the first step (taken then), and whether it is `aclose`.
    AsyncGenSend(Value, FirstStep, bool),
    /// Yields its value once, then ends (asyncio's awaitables: no tuple).
    Once(Value),
    /// A module's iterator (see [`ModIter`]).
    Mod(Box<ModIter>),
    Exhausted,
}

/// What an async generator's `asend`/`athrow` object does on its first
/// step: resume as `__anext__` does, send a value, or throw an exception.
/// One field, not two options: the state stays as small as a dict's.
pub enum FirstStep {
    Resume,
    Send(Value),
    Throw(Value),
}

impl FirstStep {
    /// (value to send, exception to throw), at most one of them, leaving `Resume`.
    pub fn take(&mut self) -> (Option<Value>, Option<Value>) {
        match core::mem::replace(self, FirstStep::Resume) {
            FirstStep::Resume => (None, None),
            FirstStep::Send(v) => (Some(v), None),
            FirstStep::Throw(e) => (None, Some(e)),
        }
    }
}

impl IterState {
    pub(super) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        match self {
            IterState::Seq(s, _) | IterState::Reversed(s, _) => v(s),
            IterState::Dict(_, d, _, _) => v(d),
            IterState::Enumerate(i, _) | IterState::Once(i) => v(i),
            IterState::Zip(its) => its.iter().for_each(v),
            IterState::Map(f, its) => {
                v(f);
                its.iter().for_each(v)
            }
            IterState::Filter(f, i) | IterState::Callable(f, i) => {
                v(f);
                v(i)
            }
            IterState::AsyncGenSend(g, first, _) => {
                v(g);
                if let FirstStep::Send(x) | FirstStep::Throw(x) = first {
                    v(x)
                }
            }
            IterState::Mod(m) => {
                v(&Value::Obj(m.class.clone()));
                m.vals.iter().for_each(v)
            }
            IterState::Range { .. } | IterState::Exhausted => {}
        }
    }
}
