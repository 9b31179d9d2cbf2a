//! Generators and coroutines: resuming a suspended frame with a value or an
//! exception, `yield from`/`await` delegation, `close()`, and the `with`
//! and `async for` protocol helpers.

use alloc::format;

use super::frame::Frame;
use super::run::Exit;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::{CodeFlags, Opcode};
use crate::vm::object::func::GenKind;
use crate::vm::object::iter::IterState;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Resume generator `g`, sending `value` or throwing `throw` into it.
    pub fn gen_resume(
        &mut self,
        g: &ObjRef,
        value: Value,
        throw: Option<ObjRef>,
    ) -> PyResult<Exit> {
        let Kind::Gen(gen) = &**g else {
            return Err(self.type_error("not a generator"));
        };
        if gen.running.get() {
            let what = if gen.kind == GenKind::Coroutine {
                "coroutine"
            } else {
                "generator"
            };
            return Err(self.value_error(format!("{what} already executing")));
        }
        let taken = gen.frame.borrow_mut().take();
        let Some(mut frame) = taken else {
            if let Some(e) = throw {
                return Err(e);
            }
            if gen.kind == GenKind::Coroutine {
                return Err(
                    self.new_exc(Exc::RuntimeError, "cannot reuse already awaited coroutine")
                );
            }
            return Ok(Exit::Return(Value::None));
        };
        let mut pending = throw;
        if gen.started.get() {
            if let Some(e) = pending.take() {
                // A `yield from`/`await` in progress: the delegate gets the exception first.
                match self.throw_into_delegate(&mut frame, e) {
                    Ok(Some(y)) => {
                        *gen.frame.borrow_mut() = Some(frame);
                        return Ok(Exit::Yield(y));
                    }
                    Ok(None) => {}
                    Err(e) => pending = Some(e),
                }
            } else {
                frame.stack.push(value);
            }
        } else if !value.is_none() {
            *gen.frame.borrow_mut() = Some(frame);
            let what = if gen.kind == GenKind::Coroutine {
                "coroutine"
            } else {
                "generator"
            };
            return Err(self.type_error(format!(
                "can't send non-None value to a just-started {what}"
            )));
        }
        gen.started.set(true);
        gen.running.set(true);
        if self.depth >= self.recursion_limit || self.stack_low() {
            gen.running.set(false);
            *gen.frame.borrow_mut() = Some(frame);
            return Err(self.new_exc(Exc::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        // The generator's own handled exception is current while it runs.
        let own = gen.exc_state.replace(Value::None);
        let outer = core::mem::replace(&mut self.handled, own);
        self.outer_handled.push(outer);
        let (r, frame) = self.run_frame(frame, pending);
        let outer = self.outer_handled.pop().unwrap_or(Value::None);
        let own = core::mem::replace(&mut self.handled, outer);
        self.depth -= 1;
        gen.running.set(false);
        // A finished generator's frame goes back to the pool for the next call.
        let frame = match r {
            Ok(Exit::Yield(_)) => Some(frame),
            _ => {
                self.free_frame(frame);
                None
            }
        };
        match r {
            Ok(Exit::Yield(v)) => {
                *gen.frame.borrow_mut() = frame;
                *gen.exc_state.borrow_mut() = own;
                Ok(Exit::Yield(v))
            }
            Ok(Exit::Return(v)) => Ok(Exit::Return(v)),
            Err(e) => Err(self.gen_raised(gen.kind, e)),
        }
    }

    /// The exception that leaves a generator's frame as its caller sees it:
    /// StopIteration (StopAsyncIteration from an async generator) becomes a
    /// RuntimeError (PEP 479), the others pass unchanged.
    pub(crate) fn gen_raised(&mut self, kind: GenKind, e: ObjRef) -> ObjRef {
        let async_stop =
            kind == GenKind::AsyncGenerator && self.exc_is(&e, Exc::StopAsyncIteration);
        if !async_stop && !self.exc_is(&e, Exc::StopIteration) {
            return e;
        }
        let what = match kind {
            GenKind::Coroutine => "coroutine",
            GenKind::Generator => "generator",
            GenKind::AsyncGenerator => "async generator",
        };
        let stop = if async_stop {
            "StopAsyncIteration"
        } else {
            "StopIteration"
        };
        let new = self.new_exc(Exc::RuntimeError, format!("{what} raised {stop}"));
        if let Some(d) = self.exc_data(&new) {
            d.borrow_mut().cause = Value::Obj(e.clone());
            d.borrow_mut().context = Value::Obj(e);
        }
        new
    }

    /// If `frame` is suspended in YIELD_FROM, pass the exception to the
    /// delegate. Ok(Some(v)): the delegate yielded v; Ok(None): the delegate
    /// finished (its value is pushed and the frame continues); Err: raise in the frame.
    fn throw_into_delegate(&mut self, frame: &mut Frame, e: ObjRef) -> PyResult<Option<Value>> {
        let at = frame.code.instructions().get(frame.pc).map(|i| i.op());
        if at != Some(Opcode::YieldFrom) {
            return Err(e);
        }
        let delegate = frame.stack.last().cloned().unwrap_or(Value::None);
        let is_exit = self.exc_is(&e, Exc::GeneratorExit);
        let r = match delegate.as_obj().map(|o| &**o) {
            Some(Kind::Iter(st)) if matches!(&*st.borrow(), IterState::AsyncGenSend(..)) => {
                let d = delegate.as_obj().cloned().expect("iterator");
                self.asend_step(&d, Value::None, Some(e))
            }
            // A built-in iterator has no throw() or close(): raise here.
            Some(Kind::Iter(_)) => return Err(e),
            Some(Kind::Gen(_)) => {
                let d = delegate.as_obj().cloned().expect("generator");
                if is_exit {
                    self.gen_close(&d)?;
                    return Err(e);
                }
                self.gen_resume(&d, Value::None, Some(e))
            }
            _ => {
                let name = self.intern(if is_exit { "close" } else { "throw" });
                match self.get_attr_opt(&delegate, &name)? {
                    Some(m) if is_exit => {
                        self.call(&m, &[])?;
                        return Err(e);
                    }
                    Some(m) => match self.call(&m, &[Value::Obj(e)]) {
                        Ok(v) => Ok(Exit::Yield(v)),
                        Err(err) if self.exc_is(&err, Exc::StopIteration) => {
                            Ok(Exit::Return(self.stop_value(&err)))
                        }
                        Err(err) => Err(err),
                    },
                    None => return Err(e),
                }
            }
        };
        match r {
            Ok(Exit::Yield(y)) => Ok(Some(y)),
            Ok(Exit::Return(v)) => {
                frame.stack.pop();
                frame.stack.push(v);
                frame.pc += 1;
                Ok(None)
            }
            Err(err) => {
                frame.pc += 1;
                Err(err)
            }
        }
    }

    /// `StopIteration.value` of an exception.
    pub fn stop_value(&self, e: &ObjRef) -> Value {
        match self.exc_data(e) {
            Some(d) => match d.borrow().args.as_obj().map(|o| &**o) {
                Some(Kind::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            },
            None => Value::None,
        }
    }

    /// `gen.close()`.
    pub fn gen_close(&mut self, g: &ObjRef) -> PyResult<Value> {
        let Kind::Gen(gen) = &**g else {
            return Ok(Value::None);
        };
        if gen.frame.borrow().is_none() || !gen.started.get() {
            gen.frame.borrow_mut().take();
            return Ok(Value::None);
        }
        let exit = self.new_exc_empty(Exc::GeneratorExit);
        match self.gen_resume(g, Value::None, Some(exit)) {
            Ok(Exit::Yield(_)) => {
                let what = if gen.kind == GenKind::Coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                Err(self.new_exc(Exc::RuntimeError, format!("{what} ignored GeneratorExit")))
            }
            Ok(Exit::Return(_)) => Ok(Value::None),
            Err(e)
                if self.exc_is(&e, Exc::GeneratorExit) || self.exc_is(&e, Exc::StopIteration) =>
            {
                Ok(Value::None)
            }
            Err(e) => Err(e),
        }
    }

    /// One step of an async generator's `asend` awaitable: an `await`
    /// inside the generator passes its yield through; a `yield` finishes
    /// the step with that value; the generator's end is StopAsyncIteration.
    pub(crate) fn asend_step(
        &mut self,
        it: &ObjRef,
        v: Value,
        throw: Option<ObjRef>,
    ) -> PyResult<Exit> {
        let Kind::Iter(st) = &**it else {
            return Err(self.type_error("not an asend object"));
        };
        let (g, first, first_throw, closing) = match &mut *st.borrow_mut() {
            IterState::AsyncGenSend(g, first, closing) => {
                let (first, thrown) = first.take();
                (g.clone(), first, thrown, *closing)
            }
            _ => (Value::None, None, None, false),
        };
        let Some(gen) = g.as_obj().cloned() else {
            return Err(self.new_exc(
                Exc::RuntimeError,
                "cannot reuse already awaited __anext__()/asend()",
            ));
        };
        let throw = match first_throw {
            Some(e) => Some(self.make_raisable(e, None)?),
            None => throw,
        };
        let r = self.gen_resume(&gen, first.unwrap_or(v), throw);
        let done = |vm: &mut Vm| {
            let _ = vm;
            *st.borrow_mut() = IterState::Exhausted;
        };
        match r {
            Ok(Exit::Yield(y)) => {
                let in_await = match &*gen {
                    Kind::Gen(gn) => gn.frame.borrow().as_ref().is_some_and(|f| {
                        f.code.instructions().get(f.pc).map(|i| i.op()) == Some(Opcode::YieldFrom)
                    }),
                    _ => false,
                };
                if in_await {
                    return Ok(Exit::Yield(y));
                }
                done(self);
                if closing {
                    return Err(
                        self.new_exc(Exc::RuntimeError, "async generator ignored GeneratorExit")
                    );
                }
                Ok(Exit::Return(y))
            }
            Ok(Exit::Return(_)) => {
                done(self);
                if closing {
                    return Ok(Exit::Return(Value::None));
                }
                Err(self.new_exc_empty(Exc::StopAsyncIteration))
            }
            Err(e) => {
                done(self);
                if closing
                    && (self.exc_is(&e, Exc::GeneratorExit)
                        || self.exc_is(&e, Exc::StopAsyncIteration))
                {
                    return Ok(Exit::Return(Value::None));
                }
                Err(e)
            }
        }
    }

    /// YIELD_FROM: send `v` into the delegate `recv`.
    pub(crate) fn send_into(&mut self, recv: &Value, v: Value) -> PyResult<Exit> {
        if let Some(Kind::Iter(st)) = recv.as_obj().map(|o| &**o) {
            if matches!(&*st.borrow(), IterState::AsyncGenSend(..)) {
                let it = recv.as_obj().cloned().expect("asend");
                return self.asend_step(&it, v, None);
            }
            if matches!(&*st.borrow(), IterState::Sleep(..)) {
                return Ok(super::iterate::sleep_send(recv, st));
            }
        }
        if let Some(Kind::Gen(_)) = recv.as_obj().map(|o| &**o) {
            let g = recv.as_obj().cloned().expect("generator");
            return self.gen_resume(&g, v, None);
        }
        if v.is_none() {
            return match self.next_with_value(recv)? {
                Ok(y) => Ok(Exit::Yield(y)),
                Err(r) => Ok(Exit::Return(r)),
            };
        }
        let send = self.intern("send");
        let m = self.get_attr(recv, &send)?;
        match self.call(&m, &[v]) {
            Ok(y) => Ok(Exit::Yield(y)),
            Err(e) if self.exc_is(&e, Exc::StopIteration) => Ok(Exit::Return(self.stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// `next(it)` keeping StopIteration's value: Ok(Ok(item)) or Ok(Err(return value)).
    fn next_with_value(&mut self, it: &Value) -> PyResult<Result<Value, Value>> {
        if let Some(Kind::Iter(_)) = it.as_obj().map(|o| &**o) {
            return Ok(self.next(it)?.ok_or(Value::None));
        }
        match self.call_special(it, &self.names.next.clone(), &[]) {
            Ok(Some(v)) => Ok(Ok(v)),
            Ok(None) => {
                let m = format!("'{}' object is not an iterator", self.type_name(it));
                Err(self.type_error(m))
            }
            Err(e) if self.exc_is(&e, Exc::StopIteration) => Ok(Err(self.stop_value(&e))),
            Err(e) => Err(e),
        }
    }

    /// GET_YIELD_FROM_ITER.
    pub(crate) fn yield_from_iter(&mut self, o: Value, f: &Frame) -> PyResult<Value> {
        if let Some(Kind::Gen(g)) = o.as_obj().map(|x| &**x) {
            if g.kind == GenKind::Coroutine && !f.code.flags().has(CodeFlags::COROUTINE) {
                return Err(self.type_error(
                    "cannot 'yield from' a coroutine object in a non-coroutine generator",
                ));
            }
            return Ok(o);
        }
        self.get_iter(&o)
    }

    /// GET_AWAITABLE.
    pub(crate) fn get_awaitable(&mut self, o: Value) -> PyResult<Value> {
        match o.as_obj().map(|x| &**x) {
            Some(Kind::Gen(g)) if g.kind == GenKind::Coroutine => return Ok(o),
            Some(Kind::Iter(st))
                if matches!(
                    &*st.borrow(),
                    IterState::AsyncGenSend(..) | IterState::Sleep(..)
                ) =>
            {
                return Ok(o)
            }
            _ => {}
        }
        let name = self.names.await_.clone();
        if !matches!(o.as_obj().map(|x| &**x), Some(Kind::Gen(_))) {
            if let Some(r) = self.call_special(&o, &name, &[])? {
                match r.as_obj().map(|x| &**x) {
                    Some(Kind::Gen(g)) if g.kind == GenKind::Coroutine => {
                        return Err(self.type_error("__await__() returned a coroutine"));
                    }
                    Some(Kind::Gen(_) | Kind::Iter(_)) => {}
                    _ if self.special(&r, &self.names.next.clone()).is_some() => {}
                    _ => {
                        let m = format!(
                            "__await__() returned non-iterator of type '{}'",
                            self.type_name(&r)
                        );
                        return Err(self.type_error(m));
                    }
                }
                return Ok(r);
            }
        }
        let m = format!(
            "object {} can't be used in 'await' expression",
            self.type_name(&o)
        );
        Err(self.type_error(m))
    }

    /// GET_AITER.
    pub(crate) fn get_aiter(&mut self, o: &Value) -> PyResult<Value> {
        match self.call_special(o, &self.names.aiter.clone(), &[])? {
            Some(r) => Ok(r),
            None => {
                let m = format!(
                    "'async for' requires an object with __aiter__ method, got {}",
                    self.type_name(o)
                );
                Err(self.type_error(m))
            }
        }
    }

    /// GET_ANEXT: the awaitable of `it.__anext__()`.
    pub(crate) fn get_anext(&mut self, it: &Value) -> PyResult<Value> {
        match self.call_special(it, &self.names.anext.clone(), &[])? {
            Some(r) => self.get_awaitable(r),
            None => {
                let m = format!(
                    "'async for' requires an iterator with __anext__ method, got {}",
                    self.type_name(it)
                );
                Err(self.type_error(m))
            }
        }
    }

    /// BEFORE_WITH / BEFORE_ASYNC_WITH: (bound exit, enter result).
    pub(crate) fn before_with(&mut self, mgr: &Value, is_async: bool) -> PyResult<(Value, Value)> {
        let (enter_n, exit_n) = if is_async {
            (self.names.aenter.clone(), self.names.aexit.clone())
        } else {
            (self.names.enter.clone(), self.names.exit.clone())
        };
        let (enter, exit) = (self.special(mgr, &enter_n), self.special(mgr, &exit_n));
        let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
            let missed = match (enter.is_some(), is_async) {
                (true, false) => " (missed __exit__ method)",
                (true, true) => " (missed __aexit__ method)",
                _ => "",
            };
            let m = format!(
                "'{}' object does not support the {}context manager protocol{missed}",
                self.type_name(mgr),
                if is_async { "asynchronous " } else { "" }
            );
            return Err(self.type_error(m));
        };
        let bound_exit = Value::Obj(ObjRef::new(Kind::Method(exit, mgr.clone())));
        let entered = self.call_unbound(&enter, mgr, core::slice::from_ref(mgr))?;
        Ok((bound_exit, entered))
    }

    /// WITH_EXCEPT_START: `exit(type(exc), exc, tb)`.
    pub(crate) fn call_exit(&mut self, exit: &Value, exc: &Value) -> PyResult<Value> {
        let t = Value::Obj(self.type_of(exc));
        let tb = match exc.as_obj().and_then(|e| self.exc_data(e)) {
            Some(d) => d.borrow().traceback.clone(),
            None => Value::None,
        };
        self.call(exit, &[t, exc.clone(), tb])
    }
}
