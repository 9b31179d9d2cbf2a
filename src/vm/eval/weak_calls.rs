//! Running the callbacks of weak references whose object died
//! (`vm::object::weak` queues them, since a free has no interpreter at
//! hand), at the eval loop's next safe point and at `gc.collect()`. As in
//! CPython, a callback's exception is reported on stderr ("Exception
//! ignored in: ...") and the program goes on.

use alloc::format;
use core::cell::Cell;

use crate::global::Global;

use crate::platform::{platform, Stream};
use crate::vm::object::{weak, Value};
use crate::vm::Vm;

/// Whether callbacks are running: one that reaches a safe point, or calls
/// `gc.collect()`, leaves the references it frees to the loop already
/// running, so callbacks run one after another, in order.
static RUNNING: Global<Cell<bool>> = Global::new(Cell::new(false));

impl Vm {
    /// Call `r.__callback__(r)` for every dead weak reference `r` queued.
    #[cold]
    pub fn run_weak_callbacks(&mut self) {
        crate::mem_reserve::take_wake();
        if RUNNING.replace(true) {
            return;
        }
        let name = self.intern("__callback__");
        while let Some(r) = weak::take_pending() {
            let r = Value::Obj(r);
            let callback = match self.get_attr_opt(&r, &name) {
                Ok(Some(cb)) if !matches!(cb, Value::None) => cb,
                _ => continue,
            };
            if let Err(e) = self.call(&callback, core::slice::from_ref(&r)) {
                let who = self.repr_string(&callback).unwrap_or_default();
                let head = format!("Exception ignored in: {who}\n");
                platform().write(Stream::Stderr, head.as_bytes());
                self.print_exception(&e);
            }
        }
        RUNNING.set(false);
    }
}
