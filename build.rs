//! Build script: links the DOS build with djgpp/elf.ld (the DJGPP layout, see
//! djgpp/package.sh; Cargo relinks whenever the link script changes) and the
//! host build with libslirp (Debian libslirp-dev) for its NIC.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=djgpp/elf.ld");
    let dos = std::env::var_os("CARGO_FEATURE_DOS").is_some();
    let bare = std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("none");
    if dos && bare {
        let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap();
        println!("cargo:rustc-link-arg-bins=-T{dir}/djgpp/elf.ld");
    }
    if std::env::var_os("CARGO_FEATURE_HOST").is_some() {
        println!("cargo:rustc-link-lib=dylib=slirp");
    }
}
