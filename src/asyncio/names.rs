//! The attribute names (and the FINISHED state) the native loop path uses,
//! interned once: looking a name up in the intern table on every use cost
//! about as much as the attribute access itself.

use core::cell::OnceCell;

use crate::global::Global;
use crate::vm::{ObjRef, Vm};

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names {
            $(pub $field: ObjRef,)*
        }

        impl Names {
            fn new(vm: &mut Vm) -> Names {
                Names { $($field: vm.intern($text),)* }
            }
        }
    };
}

names! {
    asyncio_future_blocking = "_asyncio_future_blocking",
    args = "_args",
    callback = "_callback",
    callbacks = "_callbacks",
    cancelled = "_cancelled",
    closed = "_closed",
    coro = "_coro",
    current_task = "_current_task",
    drop_cancelled_timers = "_drop_cancelled_timers",
    exception = "_exception",
    finished = "FINISHED",
    fut_waiter = "_fut_waiter",
    interrupt = "_interrupt",
    is_step = "_is_step",
    log_traceback = "_log_traceback",
    loop_ = "_loop",
    must_cancel = "_must_cancel",
    name = "_name",
    park_on = "_park_on",
    raise_not_finished = "_raise_not_finished",
    ready = "_ready",
    report_unretrieved = "_report_unretrieved",
    result = "_result",
    returned = "_returned",
    report = "_report",
    scheduled = "_scheduled",
    set_result = "set_result",
    state = "_state",
    step = "_step",
    step_failed = "_step_failed",
    stopping = "_stopping",
    tasks = "_tasks",
    timer_cancelled_count = "_timer_cancelled_count",
    unretrieved = "_unretrieved",
}

static NAMES: Global<OnceCell<Names>> = Global::new(OnceCell::new());

/// Intern the names (when the asyncio module is made).
pub fn init(vm: &mut Vm) {
    NAMES.get_or_init(|| Names::new(vm));
}

/// The names; the native functions that use them exist only after [`init`].
pub fn names() -> &'static Names {
    NAMES
        .get()
        .expect("asyncio names are interned with the module")
}
