//! The DOS build's frozen code path on the host: a copy of mpydos with the
//! frozen blob appended (as djgpp/package.sh appends it to MPYDOS.EXE),
//! run with `MPYDOS_FROZEN=blob` so that imports read, inflate and decode
//! modules from the program file and decode each code body on first run
//! (bytecode/pack.rs), must print what mpydos compiling the sources prints.
use std::process::Command;

fn run(program: &str, script: &str, blob: bool) -> (String, String) {
    let mut cmd = Command::new(program);
    cmd.arg(script);
    if blob {
        cmd.env("MPYDOS_FROZEN", "blob");
    }
    let out = cmd.output().expect("mpydos runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn frozen_modules_from_the_blob_run_as_compiled() {
    let dir = std::env::temp_dir().join(format!("mpydos-frozen-blob-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join("mpydos");
    let mut bytes = std::fs::read(env!("CARGO_BIN_EXE_mpydos")).unwrap();
    bytes.extend(mpydos::pyglue::frozen_code::freeze().unwrap());
    std::fs::write(&program, bytes).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/frozen/lazy.py");
    let program = program.to_str().unwrap();
    let from_source = run(program, script, false);
    let from_blob = run(program, script, true);
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        from_source.0.contains("queue: [0, 2, 4, 6, 8]"),
        "{}",
        from_source.0
    );
    assert_eq!(from_blob, from_source);
}
