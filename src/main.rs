//! The `mpydos` command: sets up the platform and runs the front end.
fn main() {
    mpydos::host::install();
    let p = mpydos::platform::platform();
    p.write(mpydos::platform::Stream::Stdout, b"MPYDOS 0.1.0\n");
    p.exit(0);
}
