//! Build script: nothing to generate yet; the DOS packaging lives in djgpp/.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
}
