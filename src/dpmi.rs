//! DPMI 0.9 services (INT 31h) and the two other software interrupts MPYDOS
//! issues from protected mode (INT 21h to exit, INT 2Fh to idle).
//!
//! Each call loads every general register from a [`Regs`], runs the interrupt
//! and stores them back, so one small assembly routine serves all functions
//! (inline asm can't name ESI/EBP on i386, which several calls use).
//!
//! The raw INT 31h call is private: each function used has its own wrapper.
//! Wrappers that can change memory the program relies on (free a block,
//! move or resize a segment, point a vector or exception at code, run
//! real-mode code) are `unsafe fn`, with the caller's duty in `# Safety`.

use core::arch::global_asm;

/// The general registers passed to and returned by a protected-mode interrupt.
#[repr(C)]
#[derive(Clone, Copy, Default, Debug)]
pub struct Regs {
    pub eax: u32,
    pub ebx: u32,
    pub ecx: u32,
    pub edx: u32,
    pub esi: u32,
    pub edi: u32,
}

/// The real-mode call structure of DPMI 0300h (simulate real-mode interrupt).
#[repr(C)]
#[derive(Clone, Copy, Default, Debug)]
pub struct RealModeRegs {
    pub edi: u32,
    pub esi: u32,
    pub ebp: u32,
    pub reserved: u32,
    pub ebx: u32,
    pub edx: u32,
    pub ecx: u32,
    pub eax: u32,
    pub flags: u16,
    pub es: u16,
    pub ds: u16,
    pub fs: u16,
    pub gs: u16,
    pub ip: u16,
    pub cs: u16,
    pub sp: u16,
    pub ss: u16,
}

/// Carry flag in a FLAGS image.
pub const FLAG_CARRY: u16 = 1 << 0;
/// Zero flag in a FLAGS image.
pub const FLAG_ZERO: u16 = 1 << 6;

// One routine per interrupt number: cdecl `fn(*mut Regs) -> u32` (carry flag).
macro_rules! int_routine {
    ($name:literal, $vector:literal) => {
        global_asm!(
            concat!(".globl ", $name),
            concat!($name, ":"),
            "push ebp",
            "push ebx",
            "push esi",
            "push edi",
            "mov ebp, [esp + 20]",
            "mov eax, [ebp + 0]",
            "mov ebx, [ebp + 4]",
            "mov ecx, [ebp + 8]",
            "mov edx, [ebp + 12]",
            "mov esi, [ebp + 16]",
            "mov edi, [ebp + 20]",
            concat!("int ", $vector),
            "mov [ebp + 0], eax",
            "mov [ebp + 4], ebx",
            "mov [ebp + 8], ecx",
            "mov [ebp + 12], edx",
            "mov [ebp + 16], esi",
            "mov [ebp + 20], edi",
            "sbb eax, eax",
            "and eax, 1",
            "pop edi",
            "pop esi",
            "pop ebx",
            "pop ebp",
            "ret",
        );
    };
}
int_routine!("mpydos_int31", "0x31");
int_routine!("mpydos_int21", "0x21");
int_routine!("mpydos_int2f", "0x2f");

extern "C" {
    fn mpydos_int31(regs: *mut Regs) -> u32;
    fn mpydos_int21(regs: *mut Regs) -> u32;
    fn mpydos_int2f(regs: *mut Regs) -> u32;
}

/// A DPMI call that failed: the host's error code (AX, 8001h..8025h).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DpmiError(pub u16);

/// Run DPMI function `regs.eax`; Err carries AX when the host sets carry.
///
/// # Safety
/// What the function does must be sound: any pointer in `regs` is valid
/// for it, and what it changes (memory, selectors, vectors) is not in use.
unsafe fn int31(mut regs: Regs) -> Result<Regs, DpmiError> {
    // SAFETY: the routine saves what cdecl requires and touches only `regs`
    // (the function's own effects are the caller's contract).
    let carry = unsafe { mpydos_int31(&mut regs) };
    if carry != 0 {
        Err(DpmiError(regs.eax as u16))
    } else {
        Ok(regs)
    }
}

/// INT 2Fh AX=1680h: give the rest of this time slice to the host. False
/// when nothing answers the call (AL stays 80h).
pub fn release_time_slice() -> bool {
    let mut regs = Regs {
        eax: 0x1680,
        ..Regs::default()
    };
    // SAFETY: as for `int31`; the call passes no memory.
    unsafe { mpydos_int2f(&mut regs) };
    regs.eax as u8 == 0
}

/// 0900h: disable interrupts for this program (the DPMI way to CLI);
/// whether they were enabled, for `restore_interrupts`.
pub fn disable_interrupts() -> bool {
    // SAFETY: changes only the virtual interrupt flag.
    let r = unsafe {
        int31(Regs {
            eax: 0x0900,
            ..Regs::default()
        })
    };
    r.map_or(true, |r| r.eax as u8 != 0)
}

/// 0901h (enable) when `enabled`, as `disable_interrupts` found them.
pub fn restore_interrupts(enabled: bool) {
    if enabled {
        // SAFETY: changes only the virtual interrupt flag.
        let _ = unsafe {
            int31(Regs {
                eax: 0x0901,
                ..Regs::default()
            })
        };
    }
}

/// INT 21h AH=4Ch: end the program with `code`. Never returns.
pub fn terminate(code: u8) -> ! {
    let mut regs = Regs {
        eax: 0x4c00 | code as u32,
        ..Regs::default()
    };
    // SAFETY: DOS ends the process; the routine never comes back.
    unsafe { mpydos_int21(&mut regs) };
    unreachable_exit()
}

fn unreachable_exit() -> ! {
    loop {
        core::hint::spin_loop();
    }
}

/// 0000h: allocate one LDT descriptor (a present, empty data segment).
pub fn alloc_descriptor() -> Result<u16, DpmiError> {
    // SAFETY: allocates; changes nothing in use.
    let r = unsafe {
        int31(Regs {
            eax: 0x0000,
            ecx: 1,
            ..Regs::default()
        })
    }?;
    Ok(r.eax as u16)
}

/// 0001h: free a descriptor from [`alloc_descriptor`].
///
/// # Safety
/// No segment register holds `selector`, and nothing uses it after.
pub unsafe fn free_descriptor(selector: u16) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the selector is unused.
    unsafe {
        int31(Regs {
            eax: 0x0001,
            ebx: selector as u32,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// 0007h: set a selector's linear base address.
///
/// # Safety
/// Nothing that addresses memory through `selector` (a segment register,
/// a pointer) relies on its old base.
pub unsafe fn set_segment_base(selector: u16, base: u32) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the selector may move.
    unsafe {
        int31(Regs {
            eax: 0x0007,
            ebx: selector as u32,
            ecx: base >> 16,
            edx: base & 0xffff,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// 0009h: set a selector's access rights byte and extended type (G, B/D).
///
/// # Safety
/// As [`set_segment_base`]: the selector's users expect the new rights.
pub unsafe fn set_access_rights(selector: u16, rights: u8, extended: u8) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the selector may change.
    unsafe {
        int31(Regs {
            eax: 0x0009,
            ebx: selector as u32,
            ecx: (extended as u32) << 8 | rights as u32,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// 0006h: linear base address of a selector.
pub fn segment_base(selector: u16) -> Result<u32, DpmiError> {
    // SAFETY: only reads a descriptor.
    let r = unsafe {
        int31(Regs {
            eax: 0x0006,
            ebx: selector as u32,
            ..Regs::default()
        })
    }?;
    Ok((r.ecx & 0xffff) << 16 | (r.edx & 0xffff))
}

/// 0008h: set a selector's limit (the last valid offset).
///
/// # Safety
/// As [`set_segment_base`]: no access beyond the new limit is expected
/// to work (raising the limit is always fine).
pub unsafe fn set_segment_limit(selector: u16, limit: u32) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the selector may change.
    unsafe {
        int31(Regs {
            eax: 0x0008,
            ebx: selector as u32,
            ecx: limit >> 16,
            edx: limit & 0xffff,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// A block of conventional (DOS) memory from 0100h.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DosBlock {
    pub segment: u16,
    pub selector: u16,
}

/// 0100h: allocate `paragraphs` × 16 bytes of DOS memory.
pub fn alloc_dos_memory(paragraphs: u16) -> Result<DosBlock, DpmiError> {
    // SAFETY: allocates; changes nothing in use.
    let r = unsafe {
        int31(Regs {
            eax: 0x0100,
            ebx: paragraphs as u32,
            ..Regs::default()
        })
    }?;
    Ok(DosBlock {
        segment: r.eax as u16,
        selector: r.edx as u16,
    })
}

/// 0101h: free DOS memory from [`alloc_dos_memory`].
///
/// # Safety
/// Nothing (a receiver, a hooked vector, a pointer) uses the block after.
pub unsafe fn free_dos_memory(block: DosBlock) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the block is unused.
    unsafe {
        int31(Regs {
            eax: 0x0101,
            edx: block.selector as u32,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// A real-mode far pointer (segment:offset).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FarPtr {
    pub segment: u16,
    pub offset: u16,
}

/// 0200h: the real-mode interrupt vector `vector`.
pub fn real_mode_vector(vector: u8) -> Result<FarPtr, DpmiError> {
    // SAFETY: only reads the vector table.
    let r = unsafe {
        int31(Regs {
            eax: 0x0200,
            ebx: vector as u32,
            ..Regs::default()
        })
    }?;
    Ok(FarPtr {
        segment: r.ecx as u16,
        offset: r.edx as u16,
    })
}

/// 0201h: point real-mode interrupt vector `vector` at `handler`.
///
/// # Safety
/// `handler` is real-mode code that stays in memory while it is hooked.
pub unsafe fn set_real_mode_vector(vector: u8, handler: FarPtr) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the handler.
    unsafe {
        int31(Regs {
            eax: 0x0201,
            ebx: vector as u32,
            ecx: handler.segment as u32,
            edx: handler.offset as u32,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// 0300h: run real-mode interrupt `vector` with `regs` (SS:SP = 0 lets the
/// host supply the real-mode stack). The registers come back in `regs`.
///
/// # Safety
/// The interrupt's effects are sound: buffers named by `regs` (DS:DX,
/// ES:DI...) are real-mode memory it may write.
pub unsafe fn simulate_real_mode_interrupt(
    vector: u8,
    regs: &mut RealModeRegs,
) -> Result<(), DpmiError> {
    regs.ss = 0;
    regs.sp = 0;
    // SAFETY: `regs` is a valid RealModeRegs; the interrupt is the caller's contract.
    unsafe {
        int31(Regs {
            eax: 0x0300,
            ebx: vector as u32,
            ecx: 0,
            edi: regs as *mut RealModeRegs as u32,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// 0301h: call the real-mode far procedure at `regs.cs:regs.ip` (it ends
/// with RETF); SS:SP = 0 lets the host supply the stack. The registers come
/// back in `regs`.
///
/// # Safety
/// The procedure is real-mode code in memory, and what it does (to memory
/// named by `regs` or anywhere else) is sound.
pub unsafe fn call_real_mode_procedure(regs: &mut RealModeRegs) -> Result<(), DpmiError> {
    regs.ss = 0;
    regs.sp = 0;
    // SAFETY: `regs` is a valid RealModeRegs; the procedure is the caller's
    // contract.
    unsafe {
        int31(Regs {
            eax: 0x0301,
            edi: regs as *mut RealModeRegs as u32,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// A protected-mode exception handler (selector:offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handler {
    pub selector: u16,
    pub offset: u32,
}

/// 0202h: the handler of processor exception `vector`.
pub fn exception_handler(vector: u8) -> Result<Handler, DpmiError> {
    // SAFETY: only reads the host's table.
    let r = unsafe {
        int31(Regs {
            eax: 0x0202,
            ebx: vector as u32,
            ..Regs::default()
        })
    }?;
    Ok(Handler {
        selector: r.ecx as u16,
        offset: r.edx,
    })
}

/// 0203h: make `handler` the handler of processor exception `vector`.
///
/// # Safety
/// `handler` is code that follows DPMI's exception-handler contract and
/// stays in memory while it is installed.
pub unsafe fn set_exception_handler(vector: u8, handler: Handler) -> Result<(), DpmiError> {
    // SAFETY: the handler is the caller's contract.
    unsafe {
        int31(Regs {
            eax: 0x0203,
            ebx: vector as u32,
            ecx: handler.selector as u32,
            edx: handler.offset,
            ..Regs::default()
        })
    }
    .map(|_| ())
}

/// A block of extended memory from 0501h.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemoryBlock {
    pub linear: u32,
    pub handle: u32,
    pub size: u32,
}

/// 0501h: allocate `size` bytes of linear memory (not zeroed).
pub fn alloc_memory(size: u32) -> Result<MemoryBlock, DpmiError> {
    // SAFETY: allocates; changes nothing in use.
    let r = unsafe {
        int31(Regs {
            eax: 0x0501,
            ebx: size >> 16,
            ecx: size & 0xffff,
            ..Regs::default()
        })
    }?;
    Ok(MemoryBlock {
        linear: (r.ebx & 0xffff) << 16 | (r.ecx & 0xffff),
        handle: (r.esi & 0xffff) << 16 | (r.edi & 0xffff),
        size,
    })
}

/// 0500h: the largest block of linear memory the host could still give.
pub fn largest_free_block() -> Result<u32, DpmiError> {
    let mut info = [0u32; 12];
    // SAFETY: fills the 48-byte `info` it is given.
    unsafe {
        int31(Regs {
            eax: 0x0500,
            edi: info.as_mut_ptr() as u32,
            ..Regs::default()
        })
    }?;
    Ok(info[0])
}

/// 0502h: free a block from [`alloc_memory`].
///
/// # Safety
/// Nothing uses the block after (no allocation lives in it).
pub unsafe fn free_memory(block: MemoryBlock) -> Result<(), DpmiError> {
    // SAFETY: the caller guarantees the block is unused.
    unsafe {
        int31(Regs {
            eax: 0x0502,
            esi: block.handle >> 16,
            edi: block.handle & 0xffff,
            ..Regs::default()
        })
    }
    .map(|_| ())
}
