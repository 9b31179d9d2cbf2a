//! CONFORM.EXE / `conform`: the platform conformance checks
//! (src/conformance.rs) as a program, built for both platforms. On DOS it
//! also answers `fault`: raise a CPU exception (invalid opcode) to test that
//! the runtime's exception handler ends the program cleanly.
#![cfg_attr(feature = "dos", no_std, no_main)]

#[cfg(feature = "dos")]
mpydos::dos_main!(program);

#[cfg(feature = "dos")]
fn program() -> i32 {
    let platform = mpydos::platform::platform();
    if platform.args().get(1).map(|a| a.as_str()) == Some("fault") {
        // SAFETY: deliberately raises #UD; the DOS runtime's handler exits.
        unsafe { core::arch::asm!("ud2") };
    }
    mpydos::conformance::main(platform)
}

#[cfg(not(feature = "dos"))]
fn main() {
    mpydos::host::install();
    let platform = mpydos::platform::platform();
    platform.exit(mpydos::conformance::main(platform));
}
