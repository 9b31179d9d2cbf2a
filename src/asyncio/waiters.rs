//! Tasks parked on sockets: for each socket and [`Direction`] the futures
//! the loop settles, in Rust, when a poll reports that the socket changed
//! that way (`Net::take_changed`, `Readiness::wakes`). A reader is not
//! woken because its socket turned writable, nor a writer by data.
//!
//! Python's side is one call, `_net_wait(sid, write, fut)` (streams.py's
//! `_io_future`): `fut` is settled with None on the next change of `sid`
//! in that direction, or when the socket is closed (`_net_close`). A future
//! cancelled meanwhile is dropped when its socket next changes, closes or
//! gets a waiter, so the table stays as small as the set of live waits;
//! `EventLoop.close` drops what its tasks left (`_sockets_forget(loop)`).
//!
//! The net layer knows nothing of futures: anything else that parks on
//! sockets (a `select` over the same stack) needs only `Net::watch` before
//! parking and `Net::take_changed` + `Readiness::wakes` after a poll.

use alloc::vec::Vec;
use core::cell::RefCell;

use super::io::{if_net, take_changed};
use super::names::names;
use super::settle::settle_pending;
use super::step::field;
use crate::global::Global;
use crate::net::{Change, Direction, SocketId};
use crate::vm::builtins::{add_fn, arg_count};
use crate::vm::object::func::Args;
use crate::vm::object::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

struct Waiter {
    id: SocketId,
    direction: Direction,
    future: Value,
}

static WAITERS: Global<RefCell<Vec<Waiter>>> = Global::new(RefCell::new(Vec::new()));
/// The changes of the last poll (kept so its room is reused).
static CHANGES: Global<RefCell<Vec<Change>>> = Global::new(RefCell::new(Vec::new()));

/// Take the waiters `pick` selects out of the table (in the order they
/// came). Nothing runs while the table is borrowed: the caller drops or
/// settles what it gets after.
fn take(mut pick: impl FnMut(&Waiter) -> bool) -> Vec<Waiter> {
    WAITERS.borrow_mut().extract_if(.., |w| pick(w)).collect()
}

/// Settle each future with None (their loop's, if it still runs).
fn settle_all(vm: &mut Vm, woken: Vec<Waiter>) -> PyResult<()> {
    if woken.is_empty() {
        // Also how the `socket` module's calls, made without asyncio (whose
        // names are not interned then), get through.
        return Ok(());
    }
    let n = names();
    for waiter in woken {
        let loop_ = field(vm, &waiter.future, &n.loop_)?;
        let closed = field(vm, &loop_, &n.closed)?;
        if !vm.truthy(&closed)? {
            settle_pending(vm, &loop_, &waiter.future, &Value::None)?;
        }
    }
    Ok(())
}

fn is_pending(vm: &mut Vm, future: &Value) -> PyResult<bool> {
    let state = field(vm, future, &names().state)?;
    Ok(crate::vm::object::str_of(&state) == Some("PENDING"))
}

/// Park `future` on socket `id` in `direction`. The socket's readiness as
/// it is now counts as seen (`Net::watch`), so the next change wakes it.
pub fn park(vm: &mut Vm, id: SocketId, direction: Direction, future: Value) -> PyResult<()> {
    if_net(|n| n.watch(id));
    let mut kept = Vec::new();
    for waiter in take(|w| w.id == id && w.direction == direction) {
        if is_pending(vm, &waiter.future)? {
            kept.push(waiter);
        }
    }
    kept.push(Waiter {
        id,
        direction,
        future,
    });
    put_back(vm, kept)
}

/// Return waiters to the table (MemoryError if it cannot grow).
fn put_back(vm: &mut Vm, kept: Vec<Waiter>) -> PyResult<()> {
    let mut waiters = WAITERS.borrow_mut();
    if waiters.try_reserve(kept.len()).is_err() {
        drop(waiters);
        return Err(vm.no_memory());
    }
    waiters.extend(kept);
    Ok(())
}

/// After a poll: settle the futures parked on the sockets that changed in
/// their direction.
pub fn wake_changed(vm: &mut Vm) -> PyResult<()> {
    let woken = {
        let mut changes = CHANGES.borrow_mut();
        take_changed(&mut changes);
        if changes.is_empty() {
            return Ok(());
        }
        take(|w| {
            changes
                .iter()
                .any(|c| c.id == w.id && c.flipped.wakes(w.direction))
        })
    };
    settle_all(vm, woken)
}

/// Socket `id` is closed: settle everything parked on it.
pub fn wake_closed(vm: &mut Vm, id: SocketId) -> PyResult<()> {
    let woken = take(|w| w.id == id);
    settle_all(vm, woken)
}

/// `_sockets_forget(loop)`: the loop closes; drop the waits its tasks left
/// on sockets that stay open (they would keep the loop alive).
fn forget_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_sockets_forget", 1, 1)?;
    let mut kept = Vec::new();
    for waiter in take(|_| true) {
        if !field(vm, &waiter.future, &names().loop_)?.is(&args.vals[0]) {
            kept.push(waiter);
        }
    }
    put_back(vm, kept)?;
    Ok(Value::None)
}

pub fn init(vm: &mut Vm, dict: &ObjRef) {
    add_fn(vm, dict, "_sockets_forget", forget_loop);
}
