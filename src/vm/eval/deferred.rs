//! Running the work frees leave behind (`vm::object::finalize`): weak
//! reference callbacks and finalizers (`__del__`, closing a suspended
//! generator, the "never awaited" warning), at the eval loop's safe
//! points, at `gc.collect()` and at exit. As in CPython, an exception in
//! one is reported on stderr ("Exception ignored in: ...") and the program
//! goes on.

use alloc::format;
use alloc::string::String;
use core::cell::{Cell, RefCell};

use crate::global::Global;

use crate::platform::{platform, Stream};
use crate::vm::object::finalize::{self, Due};
use crate::vm::object::func::GenKind;
use crate::vm::object::{gc, Kind, ObjRef, Value};
use crate::vm::Vm;

/// Whether the queue is being run: a callback or finalizer that reaches a
/// safe point, or calls `gc.collect()`, leaves the work it frees to the
/// loop already running, so it runs one after another, in order.
static RUNNING: Global<Cell<bool>> = Global::new(Cell::new(false));

/// `sys.set_asyncgen_hooks()`: (firstiter, finalizer). A collected async
/// generator is handed to the finalizer (asyncio's schedules `aclose()`
/// on its loop) instead of being closed on the spot.
static ASYNCGEN_HOOKS: Global<RefCell<[Value; 2]>> =
    Global::new(RefCell::new([Value::None, Value::None]));

/// The hooks `sys.get_asyncgen_hooks()` returns.
pub fn asyncgen_hooks() -> [Value; 2] {
    ASYNCGEN_HOOKS.borrow().clone()
}

/// Set the hooks (`sys.set_asyncgen_hooks()`).
pub fn set_asyncgen_hooks(hooks: [Value; 2]) {
    let old = ASYNCGEN_HOOKS.replace(hooks);
    drop(old);
}

impl Vm {
    /// Run everything queued by frees, oldest first.
    #[cold]
    pub fn run_deferred(&mut self) {
        crate::mem_reserve::take_wake();
        if RUNNING.replace(true) {
            return;
        }
        while let Some(d) = finalize::take() {
            match d {
                Due::WeakCallback(r) => self.weak_callback(Value::Obj(r)),
                Due::Finalize(o) => self.finalize(o),
            }
        }
        RUNNING.set(false);
    }

    /// A full collection: finalizers of unreachable objects run first,
    /// then what is still unreachable is cleared (PEP 442). Returns the
    /// number of unreachable objects found.
    pub fn collect_garbage(&mut self) -> usize {
        let first = gc::collect();
        let mut found = first.found;
        if first.finalizing {
            self.run_deferred();
            found = gc::collect().found;
        }
        self.run_deferred();
        found
    }

    /// Call `r.__callback__(r)` for the dead weak reference `r`.
    fn weak_callback(&mut self, r: Value) {
        let name = self.intern("__callback__");
        let callback = match self.get_attr_opt(&r, &name) {
            Ok(Some(cb)) if !matches!(cb, Value::None) => cb,
            _ => return,
        };
        if let Err(e) = self.call(&callback, core::slice::from_ref(&r)) {
            self.unraisable(&callback, &e);
        }
    }

    /// Run the finalizer of `o`, which dies when this returns unless the
    /// finalizer stored it somewhere.
    fn finalize(&mut self, o: ObjRef) {
        let v = Value::Obj(o.clone());
        if let Kind::Gen(g) = &*o {
            if !g.started.get() {
                // Only coroutines are queued unstarted (`finalize::wants`).
                let name = self.str_string(&g.qualname).unwrap_or_default();
                let msg = format!("RuntimeWarning: coroutine '{name}' was never awaited\n");
                self.write_stderr(&msg);
                return;
            }
            let finalizer = asyncgen_hooks()[1].clone();
            let r = if g.kind == GenKind::AsyncGenerator && !matches!(finalizer, Value::None) {
                self.call(&finalizer, core::slice::from_ref(&v)).map(drop)
            } else {
                self.gen_close(&o).map(drop)
            };
            if let Err(e) = r {
                self.unraisable(&v, &e);
            }
            return;
        }
        let name = self.intern("__del__");
        let Some(del) = self.special(&v, &name) else {
            return;
        };
        if let Err(e) = self.call_unbound(&del, &v, core::slice::from_ref(&v)) {
            self.unraisable(&del, &e);
        }
    }

    /// Report an exception that has nowhere to go, as CPython's
    /// `PyErr_WriteUnraisable`: "Exception ignored in: " the repr of
    /// `who`, then the traceback, on `sys.stderr`.
    pub fn unraisable(&mut self, who: &Value, e: &ObjRef) {
        let who = self.repr_string(who).unwrap_or_default();
        let mut s = format!("Exception ignored in: {who}\n");
        s.push_str(&self.format_exception(e));
        self.write_stderr(&s);
    }

    /// Write `s` to `sys.stderr`: the console, or what the script put there.
    fn write_stderr(&mut self, s: &str) {
        let stream = self.sys_stderr();
        if matches!(stream, Value::None) {
            platform().write(Stream::Stderr, s.as_bytes());
            return;
        }
        let text = self.new_str_value(String::from(s));
        let write = self.intern("write");
        if let Ok(w) = self.get_attr(&stream, &write) {
            let _ = self.call(&w, &[text]);
        }
    }
}
