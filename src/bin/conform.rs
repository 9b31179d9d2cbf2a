//! CONFORM.EXE / `conform`: the platform conformance checks
//! (src/conformance.rs) as a program, built for both platforms.
#![cfg_attr(feature = "dos", no_std, no_main)]

#[cfg(feature = "dos")]
mpydos::dos_main!(program);

#[cfg(feature = "dos")]
fn program() -> i32 {
    mpydos::conformance::main(mpydos::platform::platform())
}

#[cfg(not(feature = "dos"))]
fn main() {
    mpydos::host::install();
    let platform = mpydos::platform::platform();
    platform.exit(mpydos::conformance::main(platform));
}
