//! Program entry, per the DJGPP stub's hand-over (DOS.md section 2): switch
//! from the stub's 16-bit stack to our own, zero .bss, keep a copy of the
//! stubinfo (the transfer buffer overlays it), enable flat memory access,
//! hook Ctrl-C, install the DOS platform and run the program's main.

use core::arch::{asm, global_asm};

use super::{cleanup, clock, ctrlc, exceptions, memory, stack, timer, xfer, Dos};

// CS:EIP = our code, DS = ES = our data selector, FS = the stub's data
// (stubinfo at fs:0), SS:SP = the stub's tiny stack. `__stack_top` and the
// .bss bounds come from djgpp/elf.ld; both are 16-byte aligned.
global_asm!(
    ".section .text.start, \"ax\"",
    ".globl _start",
    "_start:",
    "mov eax, ds",
    "mov ss, eax",
    "mov esp, offset __stack_top",
    "cld",
    "mov edi, offset __bss_start",
    "mov ecx, offset __stack_bottom", // the stack itself needs no zeroing
    "sub ecx, edi",
    "shr ecx, 2",
    "xor eax, eax",
    "rep stosd",
    "call {start}",
    "2: jmp 2b",
    start = sym dos_start,
);

/// `_GO32_StubInfo`: what the stub leaves at fs:0 (DJGPP's stubinfo.h).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct StubInfo {
    pub magic: [u8; 16],
    pub size: u32,
    pub minstack: u32,
    pub memory_handle: u32,
    pub initial_size: u32,
    /// Size of the transfer buffer.
    pub minkeep: u16,
    /// Protected-mode selector of the transfer buffer.
    pub ds_selector: u16,
    /// Real-mode segment of the transfer buffer.
    pub ds_segment: u16,
    pub psp_selector: u16,
    pub cs_selector: u16,
    pub env_size: u16,
    pub basename: [u8; 8],
    pub argv0: [u8; 16],
    pub dpmi_server: [u8; 16],
}

/// Copy the stubinfo out of fs:0 before anything overwrites it.
fn copy_stubinfo() -> StubInfo {
    let mut bytes = [0u8; core::mem::size_of::<StubInfo>()];
    for (offset, byte) in bytes.iter_mut().enumerate() {
        // SAFETY: fs:0 holds at least `size_of::<StubInfo>()` bytes of stubinfo.
        unsafe {
            asm!("mov {0}, byte ptr fs:[{1}]", out(reg_byte) *byte, in(reg) offset,
                 options(readonly, nostack, preserves_flags))
        };
    }
    // SAFETY: StubInfo is plain bytes and integers, any bit pattern is valid.
    unsafe { core::mem::transmute(bytes) }
}

extern "Rust" {
    /// The program's main, defined with [`crate::dos_main!`]; returns the exit code.
    fn mpydos_program_main() -> i32;
}

extern "C" fn dos_start() -> ! {
    let info = copy_stubinfo();
    xfer::init(&info);
    if memory::enable_flat_access().is_err() {
        cleanup::fatal(b"MPYDOS: the DPMI host refused flat memory access (4 GiB limit)");
    }
    super::args::init(&info);
    ctrlc::install();
    exceptions::install();
    stack::install();
    timer::install(clock::bios_clocks());
    static DOS: Dos = Dos;
    crate::platform::install(&DOS);
    // SAFETY: defined by the binary through `dos_main!`.
    let code = unsafe { mpydos_program_main() };
    cleanup::exit(code)
}

/// Declare the DOS program's main: `fn() -> i32`, the exit code.
#[macro_export]
macro_rules! dos_main {
    ($main:path) => {
        #[no_mangle]
        fn mpydos_program_main() -> i32 {
            $main()
        }
    };
}
