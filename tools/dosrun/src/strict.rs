//! Strictness at exit: every interrupt vector the program changed must be
//! back, and every DOS memory block it took must be freed. Each miss is one
//! line of reason; any miss makes the run fail.
use crate::dos::memory::Owner;
use crate::dpmi::default_vector;
use crate::machine::Machine;
use crate::outcome::Run;

/// The real-mode vector table as the program found it.
pub struct Snapshot {
    vectors: Vec<u32>,
}

/// Vectors DOS itself restores from the PSP when a program ends.
const RESTORED_BY_DOS: [u8; 3] = [0x22, 0x23, 0x24];

pub fn snapshot(m: &mut Machine) -> Run<Snapshot> {
    let vectors = (0..256)
        .map(|n| m.memory.u32(n * 4))
        .collect::<Run<Vec<u32>>>()?;
    Ok(Snapshot { vectors })
}

pub fn check(m: &mut Machine, before: &Snapshot) -> Run<Vec<String>> {
    let mut problems = Vec::new();
    for n in 0..=255u8 {
        let now = m.memory.u32(n as u32 * 4)?;
        if now != before.vectors[n as usize] && !RESTORED_BY_DOS.contains(&n) {
            problems.push(format!(
                "real-mode interrupt vector {n:02X}h changed and not restored (now {:04X}:{:04X})",
                now >> 16,
                now & 0xFFFF
            ));
        }
    }
    for (n, &(selector, offset)) in m.dpmi.vectors.iter().enumerate() {
        if (selector, offset) != default_vector(n as u8) {
            problems.push(format!(
                "protected-mode interrupt vector {n:02X}h changed and not restored (now {selector:04X}:{offset:08X})"
            ));
        }
    }
    for (n, &(selector, offset)) in m.dpmi.exception_handlers.iter().enumerate() {
        if (selector, offset) != default_vector(n as u8) {
            problems.push(format!(
                "exception handler {n:02X}h changed and not restored (now {selector:04X}:{offset:08X})"
            ));
        }
    }
    for block in m.dos.memory.blocks() {
        if block.owner == Owner::Program {
            let how = if block.via_dpmi {
                "DPMI 0100h"
            } else {
                "INT 21h AH=48h"
            };
            problems.push(format!(
                "DOS memory block at {:04X}h ({} bytes, {how}) not freed",
                block.segment,
                block.paragraphs as u32 * 16
            ));
        }
    }
    if let Some(net) = &m.net {
        problems.extend(net.unreleased());
    }
    Ok(problems)
}
