//! dosrun: runs a DJGPP DOS executable under an emulated DOS + DPMI host.
fn main() {
    eprintln!("dosrun: not built yet");
    std::process::exit(2);
}
