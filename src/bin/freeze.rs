//! `freeze OUT`: compile the frozen Python modules (src/pyglue/frozen_code.rs)
//! into the blob the DOS build embeds. A host tool run by mk/dos.mk before
//! the DOS build; it rewrites OUT only when the bytes change, so an
//! unchanged blob does not make Cargo rebuild MPYDOS.EXE.

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: freeze OUT");
        std::process::exit(2);
    };
    let blob = mpydos::pyglue::frozen_code::freeze().unwrap_or_else(|e| {
        eprintln!("freeze: {e}");
        std::process::exit(1);
    });
    if std::fs::read(&out).ok().as_deref() != Some(&blob[..]) {
        std::fs::write(&out, &blob).unwrap_or_else(|e| {
            eprintln!("freeze: {out}: {e}");
            std::process::exit(1);
        });
    }
    println!("freeze: {out}: {} bytes", blob.len());
}
