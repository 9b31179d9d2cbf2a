//! CPU exceptions (divide error, invalid opcode, stack fault, general
//! protection, page fault) end the program through the one cleanup path with
//! one line, instead of the DPMI host's register dump that would leave our
//! interrupt vectors pointing at freed memory.
//!
//! A DPMI 0.9 exception handler (0203h) runs on the host's stack with a frame
//! holding the faulting CS:EIP and SS:ESP. Ours rewrites that frame to resume
//! at `mpydos_crash_NN` on a spare stack with SS = DS (the fault may be a
//! stack overflow, see `stack`), with the faulting EIP in EAX, and returns to
//! the host with RETF. The host calls handlers with the client's DS.

use core::arch::global_asm;

use super::cleanup;
use crate::dpmi::{self, Handler};

/// The exceptions hooked, by vector number.
const EXCEPTIONS: [u8; 5] = [0x00, 0x06, 0x0c, 0x0d, 0x0e];

#[repr(C, align(16))]
struct SpareStack([u8; 4096]);
static mut SPARE_STACK: SpareStack = SpareStack([0; 4096]);

macro_rules! exception_entry {
    ($n:literal) => {
        global_asm!(
            concat!(".globl mpydos_exception_", $n),
            concat!("mpydos_exception_", $n, ":"),
            "mov eax, [esp + 12]",
            concat!("mov dword ptr [esp + 12], offset mpydos_crash_", $n),
            "mov dword ptr [esp + 24], offset {stack} + 4096",
            "mov word ptr [esp + 28], ds",
            "retf",
            concat!("mpydos_crash_", $n, ":"),
            concat!("mov edx, 0x", $n),
            "jmp mpydos_crash",
            stack = sym SPARE_STACK,
        );
    };
}
exception_entry!("00");
exception_entry!("06");
exception_entry!("0c");
exception_entry!("0d");
exception_entry!("0e");

// Resumed after the host returned: SS is our data selector (set in the
// frame); DS and ES are reloaded from it.
global_asm!(
    "mpydos_crash:",
    "mov ecx, ss",
    "mov ds, ecx",
    "mov es, ecx",
    "push eax",
    "push edx",
    "call {report}",
    report = sym on_cpu_exception,
);

extern "C" {
    fn mpydos_exception_00();
    fn mpydos_exception_06();
    fn mpydos_exception_0c();
    fn mpydos_exception_0d();
    fn mpydos_exception_0e();
}

extern "C" fn on_cpu_exception(vector: u32, eip: u32) -> ! {
    cleanup::crash(
        format_args!("internal error: CPU exception {vector:02X}h at {eip:08X}"),
        None,
    )
}

/// The host's handlers we replaced, restored by `uninstall`.
static SAVED: spin::Mutex<[Option<Handler>; 5]> = spin::Mutex::new([None; 5]);

/// Hook every exception the host lets us hook.
pub fn install() {
    let entries: [unsafe extern "C" fn(); 5] = [
        mpydos_exception_00,
        mpydos_exception_06,
        mpydos_exception_0c,
        mpydos_exception_0d,
        mpydos_exception_0e,
    ];
    let code = super::memory::code_selector();
    let mut saved = SAVED.lock();
    for ((slot, &vector), entry) in saved.iter_mut().zip(&EXCEPTIONS).zip(entries) {
        let Ok(old) = dpmi::exception_handler(vector) else {
            continue;
        };
        let ours = Handler {
            selector: code,
            offset: entry as usize as u32,
        };
        // SAFETY: the entry is our handler (global_asm above), in the
        // program's code for as long as it runs; `uninstall` puts the
        // host's back before exit.
        if unsafe { dpmi::set_exception_handler(vector, ours) }.is_ok() {
            *slot = Some(old);
        }
    }
}

/// Put the host's handlers back.
pub fn uninstall() {
    let mut saved = SAVED.lock();
    for (slot, &vector) in saved.iter_mut().zip(&EXCEPTIONS) {
        if let Some(old) = slot.take() {
            // SAFETY: the host's own handler, as it was before `install`.
            let _ = unsafe { dpmi::set_exception_handler(vector, old) };
        }
    }
}
