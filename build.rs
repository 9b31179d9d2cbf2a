//! Build script: links libslirp (Debian libslirp-dev) for the host build's
//! NIC; the DOS packaging lives in djgpp/.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var_os("CARGO_FEATURE_HOST").is_some() {
        println!("cargo:rustc-link-lib=dylib=slirp");
    }
}
