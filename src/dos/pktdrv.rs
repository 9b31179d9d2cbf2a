//! The packet driver (FTP Software spec 1.11) as the DOS build's network
//! card: finds the driver, registers IPv4 and ARP with the real-mode
//! receiver of `pktdrv::receiver` (its ring lives in one DOS memory block),
//! sends through the transfer buffer, and drains the ring for the net layer.
//! Every handle is released by [`release_all`], which the runtime's single
//! cleanup path calls on every exit (normal, error, Ctrl-C, crash).

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;

use super::{clock, memory, xfer};
use crate::dpmi::{self, DosBlock, RealModeRegs, FLAG_CARRY};
use crate::nic::{Nic, NicCounters, NicError};
use crate::pktdrv::receiver::{Ring, BLOCK_BYTES, CALL_STUB, FRAME_MAX, MAC, TYPES};

/// What `release_all` must undo: the handles (0 = none), the ring's block
/// (which also holds the stub every driver call goes through).
struct Registration {
    handles: [u16; 2],
    block: Option<DosBlock>,
}

static REGISTRATION: spin::Mutex<Registration> = spin::Mutex::new(Registration {
    handles: [0; 2],
    block: None,
});

/// The spec's error names, for messages.
fn error_name(code: u8) -> &'static str {
    match code {
        1 => "bad handle",
        2 => "no such class",
        3 => "no such type",
        4 => "no such number",
        5 => "bad type",
        6 => "no multicast",
        7 => "cannot terminate",
        8 => "bad mode",
        9 => "no space",
        10 => "type in use",
        11 => "bad command",
        12 => "cannot send",
        13 => "cannot set",
        14 => "bad address",
        15 => "cannot reset",
        _ => "unknown error",
    }
}

/// Calls the driver through the `INT nn; RETF` stub in `block` with DPMI
/// 0301h (call real-mode far procedure): unlike 0300h to the vector, every
/// DPMI host honours it. `Err(code)` when the driver set CF.
fn call(block: DosBlock, regs: &mut RealModeRegs) -> Result<(), u8> {
    regs.cs = block.segment;
    regs.ip = CALL_STUB as u16;
    // SAFETY: the stub in our block is `INT nn; RETF` to the packet driver,
    // whose functions write only the buffers in our block named by `regs`.
    unsafe { dpmi::call_real_mode_procedure(regs) }.map_err(|_| 0xFF)?;
    if regs.flags & FLAG_CARRY != 0 {
        return Err((regs.edx >> 8) as u8);
    }
    Ok(())
}

/// True when the handler of `vector` carries "PKT DRVR" at offset 3.
fn has_signature(vector: u8) -> bool {
    let Ok(handler) = dpmi::real_mode_vector(vector) else {
        return false;
    };
    if handler.segment == 0 && handler.offset == 0 {
        return false;
    }
    let at: *const u8 = memory::real_mode(handler.segment, handler.offset.wrapping_add(3));
    let mut found = [0u8; 9];
    // SAFETY: conventional memory is readable through the flat data segment.
    unsafe { core::ptr::copy_nonoverlapping(at, found.as_mut_ptr(), 9) };
    &found == b"PKT DRVR\0"
}

/// The driver's vector: `forced` (PACKETINT) or the first in 60h-80h.
fn find(forced: Option<u8>) -> Result<u8, String> {
    match forced {
        Some(v) if has_signature(v) => Ok(v),
        Some(v) => Err(format!(
            "no packet driver at INT {v:02X}h (PACKETINT); load one there first"
        )),
        None => (0x60..=0x80).find(|&v| has_signature(v)).ok_or_else(|| {
            String::from(
                "no packet driver found in INT 60h-80h; load one, e.g. NE2000 0x60 3 0x300",
            )
        }),
    }
}

/// The packet driver as a [`Nic`].
pub struct PacketDriver {
    block: DosBlock,
    handle: u16,
    ring: Ring,
    mac: [u8; 6],
    counters: NicCounters,
}

/// Finds the driver and registers with it; `Err` is the one-line message
/// for the user. Whatever was registered is released on every exit.
pub fn open(packet_int: Option<u8>) -> Result<Box<dyn Nic>, String> {
    let vector = find(packet_int)?;
    let paragraphs = BLOCK_BYTES.div_ceil(16) as u16;
    let block = dpmi::alloc_dos_memory(paragraphs).map_err(|_| {
        alloc::format!(
            "not enough DOS memory for the packet receive ring ({} KiB)",
            BLOCK_BYTES.div_ceil(1024)
        )
    })?;
    REGISTRATION.lock().block = Some(block);
    // SAFETY: the block is ours, BLOCK_BYTES long, freed only by release_all
    // after the handles are released.
    let ring = unsafe { Ring::init(memory::real_mode(block.segment, 0), vector) };
    let mut info = RealModeRegs {
        eax: 0x01FF,
        ..RealModeRegs::default()
    };
    call(block, &mut info).map_err(|code| {
        format!(
            "the packet driver at INT {vector:02X}h failed driver_info ({})",
            error_name(code)
        )
    })?;
    if (info.ecx >> 8) as u8 != 1 {
        return Err(format!(
            "the packet driver at INT {vector:02X}h is not for Ethernet (class {})",
            (info.ecx >> 8) as u8
        ));
    }
    for (slot, (name, offset)) in [("IPv4", TYPES), ("ARP", TYPES + 2)]
        .into_iter()
        .enumerate()
    {
        let mut regs = RealModeRegs {
            eax: 0x0201, // access_type, class 1 (Ethernet)
            ebx: 0xFFFF,
            ecx: 2,
            edx: 0,
            ds: block.segment,
            esi: offset as u32,
            es: block.segment,
            edi: 0,
            ..RealModeRegs::default()
        };
        call(block, &mut regs).map_err(|code| {
            format!(
                "the packet driver refused {name} frames ({})",
                error_name(code)
            )
        })?;
        REGISTRATION.lock().handles[slot] = regs.eax as u16;
    }
    let handle = REGISTRATION.lock().handles[0];
    let mut regs = RealModeRegs {
        eax: 0x0600,
        ebx: handle as u32,
        ecx: 6,
        es: block.segment,
        edi: MAC as u32,
        ..RealModeRegs::default()
    };
    call(block, &mut regs).map_err(|code| {
        format!(
            "the packet driver gave no Ethernet address ({})",
            error_name(code)
        )
    })?;
    let mac = ring.mac();
    Ok(Box::new(PacketDriver {
        block,
        handle,
        ring,
        mac,
        counters: NicCounters::default(),
    }))
}

/// Releases every handle, then frees the ring. Safe to call at any time
/// and more than once.
pub fn release_all() {
    let Some(mut reg) = REGISTRATION.try_lock() else {
        return;
    };
    let Some(block) = reg.block.take() else {
        return;
    };
    for handle in reg.handles.iter_mut() {
        if *handle != 0 {
            let mut regs = RealModeRegs {
                eax: 0x0300,
                ebx: *handle as u32,
                ..RealModeRegs::default()
            };
            let _ = call(block, &mut regs);
            *handle = 0;
        }
    }
    // SAFETY: every handle is released: the driver no longer calls the
    // receiver in the block.
    let _ = unsafe { dpmi::free_dos_memory(block) };
}

impl Nic for PacketDriver {
    fn mac(&self) -> [u8; 6] {
        self.mac
    }

    fn mtu(&self) -> usize {
        FRAME_MAX - 14
    }

    fn send(&mut self, frame: &[u8]) -> Result<(), NicError> {
        if frame.len() > FRAME_MAX || frame.len() > xfer::size() {
            self.counters.errors_out += 1;
            return Err(NicError::TooLong);
        }
        xfer::put(0, frame);
        let mut regs = RealModeRegs {
            eax: 0x0400,
            ebx: self.handle as u32,
            ecx: frame.len() as u32,
            ds: xfer::segment(),
            esi: 0,
            ..RealModeRegs::default()
        };
        match call(self.block, &mut regs) {
            Ok(()) => {
                self.counters.frames_out += 1;
                self.counters.bytes_out += frame.len() as u64;
                Ok(())
            }
            Err(_) => {
                self.counters.errors_out += 1;
                Err(NicError::Failed)
            }
        }
    }

    fn recv(&mut self, buf: &mut [u8]) -> Option<usize> {
        loop {
            match self.ring.take(buf)? {
                0 => self.counters.dropped_in += 1,
                len => {
                    self.counters.frames_in += 1;
                    self.counters.bytes_in += len as u64;
                    return Some(len);
                }
            }
        }
    }

    fn has_frame(&self) -> bool {
        self.ring.has_frame()
    }

    fn wait(&mut self, timeout_us: u64) {
        let deadline = clock::monotonic_us().saturating_add(timeout_us);
        clock::idle_until(deadline, || self.ring.has_frame());
    }

    fn counters(&self) -> NicCounters {
        let mut counters = self.counters;
        counters.dropped_in += self.ring.drops() as u64;
        counters
    }
}
