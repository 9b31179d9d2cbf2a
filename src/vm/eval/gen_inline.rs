//! Generators resumed by `FOR_ITER` in the caller's own eval loop: the
//! generator's frame is pushed like a called function's instead of running
//! in a nested loop (`gen_resume`), and `yield` pops it back into the
//! generator. Only plain generators, and only from `FOR_ITER`, which sends
//! None and needs no `throw`; everything else resumes through `gen_resume`.

use alloc::boxed::Box;

use super::frame::Frame;
use crate::vm::object::func::GenKind;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// The frame of generator `g`, ready to be entered by the running loop,
    /// or None when `g` must resume through `gen_resume` (not a plain
    /// generator, running, finished, or at the recursion limit, which
    /// `gen_resume` reports).
    pub(crate) fn gen_enter_inline(&mut self, g: &ObjRef) -> Option<Box<Frame>> {
        let Kind::Gen(gen) = &**g else { return None };
        if gen.kind != GenKind::Generator || gen.running.get() || self.depth >= self.recursion_limit
        {
            return None;
        }
        let mut frame = gen.frame.borrow_mut().take()?;
        if gen.started.get() {
            // The value of the `yield` expression it is suspended in.
            frame.stack.push(Value::None);
        }
        gen.started.set(true);
        gen.running.set(true);
        // The generator's own handled exception is current while it runs.
        let own = gen.exc_state.replace(Value::None);
        let outer = core::mem::replace(&mut self.handled, own);
        self.outer_handled.push(outer);
        frame.inline_gen = Some(g.clone());
        Some(frame)
    }

    /// Generator `g`, entered by `gen_enter_inline`, stopped running: its
    /// caller's handled exception comes back; `suspended` is its frame when
    /// it yielded (None when it finished: the caller frees the frame).
    pub(crate) fn gen_leave_inline(&mut self, g: &ObjRef, suspended: Option<Box<Frame>>) {
        let outer = self.outer_handled.pop().unwrap_or(Value::None);
        let own = core::mem::replace(&mut self.handled, outer);
        let Kind::Gen(gen) = &**g else { return };
        gen.running.set(false);
        if let Some(frame) = suspended {
            *gen.frame.borrow_mut() = Some(frame);
            *gen.exc_state.borrow_mut() = own;
        }
    }
}
