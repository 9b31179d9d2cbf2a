//! Ctrl-C and Ctrl-Break. DOS calls INT 23h on ^C during console I/O (and by
//! default ends the program, skipping our cleanup); the BIOS calls INT 1Bh on
//! Ctrl-Break. Both real-mode vectors point at a 7-byte stub in DOS memory
//! that sets a flag byte and returns (IRET makes DOS carry on), so nothing
//! runs in protected mode at interrupt time. The flag is polled by
//! `Platform::take_interrupt`.
//!
//! DOS only looks for ^C during its own console calls, so a program that is
//! computing or idling would never see one: polling also peeks at the BIOS
//! keyboard buffer (INT 16h AH=01h), at most once per BIOS tick so the mode
//! switch costs nothing noticeable, and takes a ^C waiting at its head.

use core::sync::atomic::{AtomicU32, AtomicU8, Ordering};

use super::{clock, memory, xfer};
use crate::dpmi::{self, DosBlock, FarPtr, FLAG_ZERO};

/// Offset 0: the flag byte. Offset 1: `mov byte [cs:0], 1` then `iret`.
const STUB: [u8; 8] = [0, 0x2e, 0xc6, 0x06, 0x00, 0x00, 0x01, 0xcf];
const VECTORS: [u8; 2] = [0x23, 0x1b];

/// What `install` changed, for `uninstall` to put back.
struct Hooks {
    block: DosBlock,
    saved: [FarPtr; 2],
}

static HOOKS: spin::Mutex<Option<Hooks>> = spin::Mutex::new(None);

/// Allocate the stub and point INT 23h and INT 1Bh at it. On failure the
/// program still runs, with DOS's default Ctrl-C handling.
pub fn install() {
    let Ok(block) = dpmi::alloc_dos_memory(1) else {
        return;
    };
    let stub: *mut u8 = memory::real_mode(block.segment, 0);
    // SAFETY: the block is 16 bytes of DOS memory we own.
    unsafe { core::ptr::copy_nonoverlapping(STUB.as_ptr(), stub, STUB.len()) };
    let mut saved = [FarPtr::default(); 2];
    for (slot, &vector) in saved.iter_mut().zip(&VECTORS) {
        match dpmi::real_mode_vector(vector) {
            Ok(old) => *slot = old,
            Err(_) => {
                // SAFETY: nothing points at the stub yet.
                let _ = unsafe { dpmi::free_dos_memory(block) };
                return;
            }
        }
    }
    let handler = FarPtr {
        segment: block.segment,
        offset: 1,
    };
    *HOOKS.lock() = Some(Hooks { block, saved });
    for &vector in &VECTORS {
        // SAFETY: the stub was copied in above and stays until `uninstall`
        // has put the old vectors back.
        let _ = unsafe { dpmi::set_real_mode_vector(vector, handler) };
    }
}

fn flag() -> Option<&'static AtomicU8> {
    let hooks = HOOKS.lock();
    let block = hooks.as_ref()?.block;
    // SAFETY: the flag byte lives as long as the hooks (until exit).
    Some(unsafe { &*memory::real_mode::<AtomicU8>(block.segment, 0) })
}

/// The BIOS tick of the last keyboard poll.
static POLLED_AT_TICK: AtomicU32 = AtomicU32::new(u32::MAX);

/// Move a ^C (or the 0000h Ctrl-Break puts) at the head of the keyboard
/// buffer into the flag, once per BIOS tick.
fn poll_keyboard(flag: &AtomicU8) {
    let tick = clock::bios_ticks();
    if POLLED_AT_TICK.swap(tick, Ordering::Relaxed) == tick {
        return;
    }
    let Ok(peek) = xfer::real_mode_int(0x16, xfer::ax(0x0100)) else {
        return;
    };
    let key = peek.eax as u16;
    if peek.flags & FLAG_ZERO == 0 && (key & 0xff == 0x03 || key == 0) {
        let _ = xfer::real_mode_int(0x16, xfer::ax(0x0000));
        flag.store(1, Ordering::SeqCst);
    }
}

/// Return and clear the flag.
pub fn take() -> bool {
    flag().is_some_and(|f| {
        poll_keyboard(f);
        f.swap(0, Ordering::SeqCst) != 0
    })
}

/// True if Ctrl-C is waiting (the flag stays set).
pub fn pending() -> bool {
    flag().is_some_and(|f| {
        poll_keyboard(f);
        f.load(Ordering::SeqCst) != 0
    })
}

/// Restore both vectors and free the stub.
pub fn uninstall() {
    let Some(hooks) = HOOKS.lock().take() else {
        return;
    };
    for (&vector, &old) in VECTORS.iter().zip(&hooks.saved) {
        // SAFETY: the handler that was there before `install`.
        let _ = unsafe { dpmi::set_real_mode_vector(vector, old) };
    }
    // SAFETY: no vector points at the stub any more.
    let _ = unsafe { dpmi::free_dos_memory(hooks.block) };
}
