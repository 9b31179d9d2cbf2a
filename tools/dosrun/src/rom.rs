//! dosrun's "ROM": tiny code stubs whose only instruction of interest is a trap
//! (`int E0h`) that hands control to the harness. Real-mode traps live in
//! segment F000h, protected-mode ones in the host's trap code segment.
use crate::memory::{Memory, PM_TRAP_BASE, ROM_BASE, ROM_SEGMENT};
use crate::outcome::Run;

/// The software interrupt the stubs execute to reach the harness.
pub const TRAP_VECTOR: u8 = 0xE0;
/// Default handler of vector `n` (both modes): `int E0h; iret` at `n * 4`.
pub const VECTOR_STUBS: u32 = 0x0000;
/// Real mode: the DPMI mode-switch entry point returned by INT 2Fh AX=1687h.
pub const DPMI_ENTRY: u16 = 0x0400;
/// Real mode: where a reflected or simulated real-mode call returns to.
pub const RM_RETURN: u16 = 0x0404;
/// Real mode: first real-mode callback entry (DPMI 0303h), 4 bytes each.
pub const RM_CALLBACKS: u16 = 0x0410;
pub const RM_CALLBACK_COUNT: u16 = 32;
/// Protected mode: where a callback's protected-mode procedure returns to.
pub const PM_CALLBACK_RETURN: u32 = 0x0400;
/// Protected mode: where a protected-mode handler called for a real-mode event returns.
pub const PM_HANDLER_RETURN: u32 = 0x0404;
/// Protected mode: where a client's exception handler returns (RETF).
pub const EXCEPTION_RETURN: u32 = 0x0408;
/// Real mode: sets CR0.PE and jumps to PROTECTED_LANDING.
pub const SWITCH_TO_PROTECTED: u16 = 0x0500;
/// Real mode: where a switch from protected mode lands.
pub const REAL_LANDING: u16 = 0x0520;
/// Protected mode: clears CR0.PE and jumps to F000:REAL_LANDING.
pub const SWITCH_TO_REAL: u32 = 0x0500;
/// Protected mode: where a switch from real mode lands.
pub const PROTECTED_LANDING: u32 = 0x0520;
/// The instruction after a trap: a trap at `x` leaves EIP at `x + 2`.
pub const TRAP_LEN: u32 = 2;

/// What a trap at a given ROM offset means.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trap {
    /// The default handler of this interrupt vector.
    Vector(u8),
    DpmiEntry,
    RealModeReturn,
    Callback(u16),
    CallbackReturn,
    HandlerReturn,
    /// A mode switch arrived; load the pending registers.
    Landing,
    ExceptionReturn,
    /// A packet-driver receiver returned from an upcall (src/net/upcall.rs).
    PacketUpcallReturn,
}

/// Decodes a real-mode trap from the offset of its `int E0h`.
pub fn real_trap(offset: u32) -> Option<Trap> {
    match offset {
        o if o < 0x400 && o % 4 == 0 => Some(Trap::Vector((o / 4) as u8)),
        o if o == DPMI_ENTRY as u32 => Some(Trap::DpmiEntry),
        o if o == RM_RETURN as u32 => Some(Trap::RealModeReturn),
        o if o == REAL_LANDING as u32 => Some(Trap::Landing),
        o if o == crate::net::UPCALL_RETURN as u32 => Some(Trap::PacketUpcallReturn),
        o if o >= RM_CALLBACKS as u32
            && o < (RM_CALLBACKS + 4 * RM_CALLBACK_COUNT) as u32
            && o % 4 == 0 =>
        {
            Some(Trap::Callback(((o - RM_CALLBACKS as u32) / 4) as u16))
        }
        _ => None,
    }
}

/// Decodes a protected-mode trap from the offset of its `int E0h`.
pub fn protected_trap(offset: u32) -> Option<Trap> {
    match offset {
        o if o < 0x400 && o % 4 == 0 => Some(Trap::Vector((o / 4) as u8)),
        PM_CALLBACK_RETURN => Some(Trap::CallbackReturn),
        PM_HANDLER_RETURN => Some(Trap::HandlerReturn),
        PROTECTED_LANDING => Some(Trap::Landing),
        EXCEPTION_RETURN => Some(Trap::ExceptionReturn),
        _ => None,
    }
}

/// CR0 bits: protected mode; emulate coprocessor (no FPU: x87 raises #NM).
const CR0_PE: u8 = 1;
const CR0_EM: u8 = 4;

/// Writes the stubs and points every real-mode vector at its default stub.
/// Without `fpu`, the first switch to protected mode also sets CR0.EM (a
/// 486SX: no coprocessor); later switches keep CR0's other bits.
pub fn install(memory: &mut Memory, fpu: bool) -> Run<()> {
    for base in [ROM_BASE, PM_TRAP_BASE] {
        for n in 0..256u32 {
            // int E0h; iret (a 32-bit iretd in the protected-mode segment)
            memory.write(
                base + VECTOR_STUBS + n * 4,
                &[0xCD, TRAP_VECTOR, 0xCF, 0x90],
            )?;
        }
        for offset in (0x400..0x600).step_by(4) {
            memory.write(base + offset, &[0xCD, TRAP_VECTOR, 0xF4, 0xF4])?;
        }
    }
    let code = crate::dpmi::descriptors::HOST_CODE.to_le_bytes();
    let landing = PROTECTED_LANDING.to_le_bytes();
    // mov eax,cr0 / or al,PE(|EM) / mov cr0,eax / jmp dword HOST_CODE:PROTECTED_LANDING
    let cr0_bits = if fpu { CR0_PE } else { CR0_PE | CR0_EM };
    let to_protected = [
        0x66, 0x0F, 0x20, 0xC0, 0x0C, cr0_bits, 0x66, 0x0F, 0x22, 0xC0, 0x66, 0xEA, landing[0],
        landing[1], landing[2], landing[3], code[0], code[1],
    ];
    memory.write(ROM_BASE + SWITCH_TO_PROTECTED as u32, &to_protected)?;
    memory.write(ROM_BASE + REAL_LANDING as u32, &[0xCD, TRAP_VECTOR])?;
    let rom = ROM_SEGMENT.to_le_bytes();
    let real_landing = (REAL_LANDING as u32).to_le_bytes();
    // mov eax,cr0 / and al,FEh / mov cr0,eax / jmp F000:REAL_LANDING (32-bit code)
    let to_real = [
        0x0F,
        0x20,
        0xC0,
        0x24,
        0xFE,
        0x0F,
        0x22,
        0xC0,
        0xEA,
        real_landing[0],
        real_landing[1],
        real_landing[2],
        real_landing[3],
        rom[0],
        rom[1],
    ];
    memory.write(PM_TRAP_BASE + SWITCH_TO_REAL, &to_real)?;
    memory.write(PM_TRAP_BASE + PROTECTED_LANDING, &[0xCD, TRAP_VECTOR])?;
    for n in 0..256u32 {
        memory.set_u16(n * 4, (VECTOR_STUBS + n * 4) as u16)?;
        memory.set_u16(n * 4 + 2, ROM_SEGMENT)?;
    }
    Ok(())
}

/// The real-mode address of vector `n`'s default handler.
pub fn default_vector(n: u8) -> (u16, u16) {
    (ROM_SEGMENT, (VECTOR_STUBS + n as u32 * 4) as u16)
}
