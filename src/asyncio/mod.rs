//! The event loop's machinery below Python: the timer heap, the idle wait
//! (sleep until the next deadline, an I/O event or Ctrl-C, never busy
//! waiting), and the hook through which the network layer is polled on
//! every loop iteration and while idle.
//!
//! The loop itself (ready queue, tasks, futures) is driven from the
//! `asyncio` module in `pyglue`; this layer knows nothing of Python objects
//! except through the generic heap in [`timer_heap`].

pub mod idle;
pub mod io;
pub mod timer_heap;

pub use idle::{idle_until, poll_io, set_io_poller, IoPoller, Wake};
