//! The `socket` module: socket objects with CPython's blocking API over the
//! program's one network (the same `Net` and `_net_*` calls asyncio's
//! streams use, [`crate::asyncio::streams`]), plus the blocking waits
//! ([`wait`]), UDP ([`udp`]) and socket options and peeking ([`options`])
//! they need. The objects themselves, name
//! lookups and the constants are frozen Python (frozen/socket.py); `select`
//! (frozen/select.py) builds on the same waits.

mod options;
mod udp;
mod wait;

use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

/// Add the native calls, then run the Python half into the module.
pub fn init(vm: &mut Vm, dict: &ObjRef) -> PyResult<()> {
    crate::asyncio::streams::add_net_calls(vm, dict);
    wait::add(vm, dict);
    udp::add(vm, dict);
    options::add(vm, dict);
    super::frozen_code::run(vm, dict, "socket")
}
