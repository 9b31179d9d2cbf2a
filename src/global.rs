//! [`Global`]: the one way a `static` holds interior-mutable state
//! (`Cell`, `RefCell`, `OnceCell`) in this single-threaded program, instead
//! of a hand-written `unsafe impl Sync` per static.
//!
//! MPYDOS runs one thread: on DOS there is no other, and interrupt-time
//! code is real-mode stubs that never touch Rust statics; on the host the
//! interpreter runs on the main thread (signal handlers touch atomics only).
//! A value that must be shared with an interrupt or signal handler is not a
//! `Global`: it is an atomic, or has its own documented contract (the DOS
//! heap, the host terminal state).

use core::ops::Deref;

/// A static's value, shared by the program's one thread.
pub struct Global<T>(T);

impl<T> Global<T> {
    pub const fn new(value: T) -> Self {
        Global(value)
    }
}

// SAFETY: the program has one thread (see the module comment), so a
// `Global` is never reached from two threads at once; `Sync` is only what
// `static` demands of its type.
unsafe impl<T> Sync for Global<T> {}

impl<T> Deref for Global<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}
