//! The DPMI 0.9 host for one 32-bit client: the mode switch, INT 31h, and
//! the routing of protected-mode interrupts. Submodules own the parts.
pub mod callbacks;
pub mod descriptors;
pub mod entry;
pub mod exceptions;
pub mod int31;
pub mod interrupts;
pub mod memory;
pub mod realcall;

use crate::memory::Memory;
use crate::outcome::Run;
use crate::regs::Regs;
use descriptors::{Descriptors, HOST_CODE};

/// A protected-mode far pointer (selector, offset).
pub type FarPtr = (u16, u32);

/// What a real-mode excursion will do when it returns to F000:RM_RETURN.
#[derive(Debug, Clone)]
pub enum Excursion {
    /// 0300h/0301h/0302h: write the registers back to the structure at this
    /// linear address, then resume the client.
    Call { saved: Regs, structure: u32 },
    /// A protected-mode `int n` reflected to a guest real-mode handler:
    /// copy the general registers and status flags back to the client.
    Reflect { saved: Regs },
    /// An asynchronous interrupt run by a guest real-mode handler: resume
    /// the client exactly as it was.
    Interrupt { saved: Regs },
    /// A callback (real mode calling protected mode) in progress.
    Callback,
}

pub struct Dpmi {
    /// False with `--no-dpmi`: INT 2Fh AX=1687h reports no host.
    pub enabled: bool,
    /// The client switched to protected mode.
    pub active: bool,
    pub descriptors: Descriptors,
    pub blocks: memory::Blocks,
    /// Protected-mode interrupt vectors (0204h/0205h).
    pub vectors: Vec<FarPtr>,
    /// Exception handlers (0202h/0203h).
    pub exception_handlers: Vec<FarPtr>,
    /// Real-mode excursions in progress, innermost last.
    pub excursions: Vec<Excursion>,
    pub callbacks: callbacks::Callbacks,
    /// The paragraphs the stub gave the host (its real-mode stack).
    pub host_segment: u16,
    /// Client selectors created at the mode switch (CS, DS, SS, PSP, env).
    pub initial_selectors: Vec<u16>,
    /// The environment's real-mode segment (the PSP holds a selector while
    /// the client runs; it is put back at exit).
    pub env_segment: u16,
    /// Exception handlers running (see `exceptions`).
    pub exception_depth: u32,
}

/// The default protected-mode handler of vector `n`: the host's trap stub.
pub fn default_vector(n: u8) -> FarPtr {
    (HOST_CODE, crate::rom::VECTOR_STUBS + n as u32 * 4)
}

impl Dpmi {
    pub fn new(enabled: bool) -> Dpmi {
        Dpmi {
            enabled,
            active: false,
            descriptors: Descriptors::new(),
            blocks: memory::Blocks::default(),
            vectors: (0..=255).map(default_vector).collect(),
            exception_handlers: (0..32).map(|n| default_vector(n as u8)).collect(),
            excursions: Vec::new(),
            callbacks: callbacks::Callbacks::default(),
            host_segment: 0,
            initial_selectors: Vec::new(),
            env_segment: 0,
            exception_depth: 0,
        }
    }

    /// Base and bigness (32-bit stack) of the stack segment `ss`.
    pub fn stack_segment(&self, memory: &mut Memory, ss: u16) -> Run<(u32, bool)> {
        let d = Descriptors::read(memory, ss)?;
        Ok((d.base, d.is_32()))
    }

    /// Linear address of `selector:offset` (any loadable selector).
    pub fn linear(&self, memory: &mut Memory, selector: u16, offset: u32) -> Run<u32> {
        let d = Descriptors::read(memory, selector)?;
        Ok(d.base.wrapping_add(offset))
    }
}
