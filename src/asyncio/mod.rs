//! The `asyncio` module, all in this folder: its Python half (`*.py`:
//! futures, tasks, the event loop, locks, queues, streams; frozen by
//! `crate::pyglue::frozen_code`) and its native core.
//!
//! Below Python: the timer heap ([`timer_heap`]), the idle wait ([`idle`]:
//! sleep until the next deadline, an I/O event or Ctrl-C, never busy
//! waiting) and the network glue ([`io`]: the one `Net`, polled on every
//! loop iteration and while idle).
//!
//! The loop's hot paths in Rust, called from the Python half: one loop pass
//! ([`pass`]), the ready queue and timers ([`ready`]), a task's step
//! ([`step`]), `asyncio.sleep()` ([`sleep`]: a task parks on the timer
//! itself), settling futures ([`settle`]), task and future helpers
//! ([`task`], [`future`]), interned attribute names ([`names`]), the
//! stream sockets ([`streams`]) and the tasks parked on them ([`waiters`]).
//! [`module`] builds the module on import.
#![forbid(unsafe_code)]

pub mod idle;
pub mod io;
pub mod timer_heap;

mod future;
pub mod module;
mod names;
mod pass;
mod ready;
mod settle;
mod sleep;
mod step;
pub(crate) mod streams;
mod task;
mod waiters;

pub use idle::{idle_until, poll_io, set_io_poller, IoPoller, Wake};
