//! The `mpydos` command: sets up the platform and runs a script, `-c CODE`
//! or the REPL.
#[global_allocator]
static ALLOC: mpydos::alloc_count::Counting<std::alloc::System> =
    mpydos::alloc_count::Counting(std::alloc::System);

fn main() {
    mpydos::host::install();
    let p = mpydos::platform::platform();
    let args = p.args();
    let code = match args.get(1).map(String::as_str) {
        Some("-V" | "--version") => {
            p.write(mpydos::platform::Stream::Stdout, b"MPYDOS 0.1.0\n");
            0
        }
        Some("-c") => match args.get(2) {
            Some(code) => mpydos::runner::run_command(code, &args[3..]),
            None => {
                p.write(
                    mpydos::platform::Stream::Stderr,
                    b"Argument expected for the -c option\n",
                );
                2
            }
        },
        Some(script) => mpydos::runner::run_file(script, &args[2..]),
        None => mpydos::repl::run(),
    };
    p.exit(code);
}
