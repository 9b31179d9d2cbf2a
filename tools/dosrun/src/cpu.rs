//! The CPU: a safe face over one Unicorn x86 engine (registers, mappings, runs).
use crate::unicorn::{self as uc, reg};
use std::ffi::{c_void, CStr};

/// The general, segment and control registers dosrun reads and writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reg {
    Eax,
    Ebx,
    Ecx,
    Edx,
    Esi,
    Edi,
    Ebp,
    Esp,
    Eip,
    Eflags,
    Cs,
    Ds,
    Es,
    Fs,
    Gs,
    Ss,
    Cr0,
}

impl Reg {
    fn id(self) -> i32 {
        match self {
            Reg::Eax => reg::EAX,
            Reg::Ebx => reg::EBX,
            Reg::Ecx => reg::ECX,
            Reg::Edx => reg::EDX,
            Reg::Esi => reg::ESI,
            Reg::Edi => reg::EDI,
            Reg::Ebp => reg::EBP,
            Reg::Esp => reg::ESP,
            Reg::Eip => reg::EIP,
            Reg::Eflags => reg::EFLAGS,
            Reg::Cs => reg::CS,
            Reg::Ds => reg::DS,
            Reg::Es => reg::ES,
            Reg::Fs => reg::FS,
            Reg::Gs => reg::GS,
            Reg::Ss => reg::SS,
            Reg::Cr0 => reg::CR0,
        }
    }
}

/// Why a run of the CPU ended early.
pub type UcError = String;

pub fn error_text(code: uc::uc_err) -> String {
    // SAFETY: uc_strerror returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(uc::uc_strerror(code)) }
        .to_string_lossy()
        .into_owned()
}

/// One Unicorn engine. The handle is a plain pointer so that hooks, which run
/// inside `run`, can use the same CPU.
#[derive(Clone, Copy)]
pub struct Cpu {
    uc: *mut uc::uc_engine,
}

fn check(code: uc::uc_err, what: &str) -> Result<(), UcError> {
    if code == 0 {
        Ok(())
    } else {
        Err(format!("{what}: {}", error_text(code)))
    }
}

impl Cpu {
    /// Opens an i486 engine. It starts in Unicorn's flat 32-bit protected
    /// mode. Unicorn 2.0.1 does not recompute its hidden mode flags when CR0
    /// is written through the API (and in its 16-bit mode loads every segment
    /// register real-mode style), so the engine is opened in 32-bit mode and
    /// every mode switch is done by guest code (see `rom`), never by `set(Cr0)`.
    pub fn open() -> Result<Cpu, UcError> {
        let mut handle = std::ptr::null_mut();
        // SAFETY: plain FFI calls with valid out-pointers.
        unsafe {
            check(
                uc::uc_open(uc::UC_ARCH_X86, uc::UC_MODE_32, &mut handle),
                "uc_open",
            )?;
            check(
                uc::uc_ctl(handle, uc::UC_CTL_CPU_MODEL_WRITE, uc::UC_CPU_X86_486),
                "cpu model",
            )?;
            check(
                uc::uc_ctl(handle, uc::UC_CTL_USE_EXITS_WRITE, 1 as std::ffi::c_int),
                "exits",
            )?;
        }
        Ok(Cpu { uc: handle })
    }

    /// Maps host memory at a guest linear address.
    ///
    /// # Safety
    /// `host` must stay valid (and not move) until unmapped or the engine closes.
    pub unsafe fn map(self, address: u32, host: *mut u8, size: usize) -> Result<(), UcError> {
        check(
            uc::uc_mem_map_ptr(
                self.uc,
                address as u64,
                size,
                uc::UC_PROT_ALL,
                host as *mut c_void,
            ),
            "map memory",
        )
    }

    pub fn unmap(self, address: u32, size: usize) -> Result<(), UcError> {
        // SAFETY: plain FFI call.
        check(
            unsafe { uc::uc_mem_unmap(self.uc, address as u64, size) },
            "unmap memory",
        )
    }

    pub fn get(self, r: Reg) -> u32 {
        let mut value: u64 = 0;
        // SAFETY: every register we name is at most 64 bits wide.
        unsafe { uc::uc_reg_read(self.uc, r.id(), &mut value as *mut u64 as *mut c_void) };
        match r {
            Reg::Cs | Reg::Ds | Reg::Es | Reg::Fs | Reg::Gs | Reg::Ss => value as u32 & 0xFFFF,
            _ => value as u32,
        }
    }

    pub fn set(self, r: Reg, value: u32) {
        let wide = value as u64;
        // SAFETY: as in `get`.
        unsafe { uc::uc_reg_write(self.uc, r.id(), &wide as *const u64 as *const c_void) };
    }

    /// Loads a segment register and reports whether the CPU accepted it.
    pub fn load_segment(self, r: Reg, selector: u16) -> Result<(), UcError> {
        let wide = selector as u64;
        // SAFETY: as in `get`.
        let code =
            unsafe { uc::uc_reg_write(self.uc, r.id(), &wide as *const u64 as *const c_void) };
        check(code, &format!("load {r:?}={selector:04X}h"))
    }

    pub fn set_table(self, which: TableReg, selector: u16, base: u32, limit: u32) {
        let mmr = uc::uc_x86_mmr {
            selector,
            base: base as u64,
            limit,
            flags: 0x8200, // present, system type 2 (LDT); ignored for GDTR/IDTR
        };
        let id = match which {
            TableReg::Gdtr => reg::GDTR,
            TableReg::Ldtr => reg::LDTR,
            TableReg::Idtr => reg::IDTR,
        };
        // SAFETY: uc_x86_mmr is the C layout.
        unsafe { uc::uc_reg_write(self.uc, id, &mmr as *const uc::uc_x86_mmr as *const c_void) };
    }

    /// Runs from the current CS:EIP until a hook stops the engine (Unicorn's
    /// `begin` is EIP, relative to CS).
    pub fn run(self) -> Result<(), uc::uc_err> {
        let begin = self.get(Reg::Eip) as u64;
        // SAFETY: plain FFI call; hooks get their state through their own pointer.
        let code = unsafe { uc::uc_emu_start(self.uc, begin, u64::MAX, 0, 0) };
        if code == 0 {
            Ok(())
        } else {
            Err(code)
        }
    }

    pub fn stop(self) {
        // SAFETY: plain FFI call, allowed from inside hooks.
        unsafe { uc::uc_emu_stop(self.uc) };
    }

    /// The number of instructions in the translation block at linear `pc`.
    pub fn block_instructions(self, pc: u64) -> u64 {
        let mut tb = uc::uc_tb::default();
        // SAFETY: variadic call with the argument types the header documents.
        let code = unsafe {
            uc::uc_ctl(
                self.uc,
                uc::UC_CTL_TB_REQUEST_CACHE,
                pc,
                &mut tb as *mut uc::uc_tb,
            )
        };
        if code == 0 {
            tb.icount as u64
        } else {
            1
        }
    }

    /// Registers a hook; `callback` must have the signature Unicorn expects
    /// for `kind`, and `data` must outlive the engine.
    ///
    /// # Safety
    /// The callback signature must match the hook type.
    pub unsafe fn hook(
        self,
        kind: i32,
        callback: *mut c_void,
        data: *mut c_void,
        instruction: Option<i32>,
    ) -> Result<(), UcError> {
        let mut handle: uc::uc_hook = 0;
        let code = match instruction {
            Some(insn) => uc::uc_hook_add(self.uc, &mut handle, kind, callback, data, 1, 0, insn),
            None => uc::uc_hook_add(self.uc, &mut handle, kind, callback, data, 1, 0),
        };
        check(code, "hook")
    }
}

pub enum TableReg {
    Gdtr,
    Ldtr,
    Idtr,
}
