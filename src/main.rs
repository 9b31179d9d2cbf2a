//! The `mpydos` command (Linux) and MPYDOS.EXE (DOS): set up the platform and
//! run the command line (src/cli.rs).
#![cfg_attr(feature = "dos", no_std, no_main)]

#[cfg(feature = "dos")]
mpydos::dos_main!(program);

#[cfg(feature = "dos")]
fn program() -> i32 {
    mpydos::cli::main(mpydos::platform::platform())
}

/// On the host, the system allocator with the MemoryError reserve, counted
/// for `gc.mem_alloc()`.
#[cfg(not(feature = "dos"))]
#[global_allocator]
static ALLOC: mpydos::alloc_count::Counting<mpydos::mem_reserve::Reserved<std::alloc::System>> =
    mpydos::alloc_count::Counting(mpydos::mem_reserve::Reserved(std::alloc::System));

#[cfg(not(feature = "dos"))]
fn main() {
    mpydos::host::install();
    let platform = mpydos::platform::platform();
    platform.exit(mpydos::cli::main(platform));
}
