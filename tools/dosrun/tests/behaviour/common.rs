//! Helpers for the behaviour tests: build a test program from
//! tests/programs/NAME.asm (nasm + the DJGPP linker, which prepends the stock
//! stub) and run dosrun on it.
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

static UNIQUE: AtomicUsize = AtomicUsize::new(0);

fn programs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// A fresh, empty directory for one test.
pub fn scratch(name: &str) -> PathBuf {
    let n = UNIQUE.fetch_add(1, Ordering::SeqCst);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("dosrun-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn tool(program: &str, args: &[&Path], extra: &[&str]) {
    let status = Command::new(program)
        .args(extra)
        .args(args)
        .status()
        .unwrap_or_else(|e| panic!("{program} did not start ({e}); run `make setup`"));
    assert!(status.success(), "{program} failed on {args:?}");
}

/// Assembles and links test program `name`; returns the EXE's path.
pub fn exe(name: &str) -> PathBuf {
    let dir = scratch(&format!("build-{name}"));
    let source = programs().join(format!("{name}.asm"));
    let object = dir.join(format!("{name}.o"));
    let exe = dir.join(format!("{}.EXE", name.to_ascii_uppercase()));
    let include = format!("{}/", programs().display());
    tool(
        "nasm",
        &[&source],
        &["-f", "coff", "-I", &include, "-o", object.to_str().unwrap()],
    );
    let script = programs().join("djgpp.ld");
    tool(
        "i586-pc-msdosdjgpp-ld",
        &[&object],
        &["-T", script.to_str().unwrap(), "-o", exe.to_str().unwrap()],
    );
    exe
}

pub struct Ran {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs dosrun with `args` in `dir`, feeding `stdin`. Every run has a
/// timeout so a hang fails the test instead of stalling it.
pub fn dosrun_in(dir: &Path, args: &[&str], stdin: &[u8]) -> Ran {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dosrun"))
        .args(["--timeout", "60"])
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dosrun starts");
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    let ran = Ran {
        status: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(
        !ran.stderr.contains("panicked"),
        "dosrun panicked: {}",
        ran.stderr
    );
    ran
}

/// Runs test program `name` with `args` (dosrun options first, then the
/// program's arguments after "--").
pub fn run(name: &str, options: &[&str], program_args: &[&str], stdin: &[u8]) -> Ran {
    let exe = exe(name);
    let dir = exe.parent().unwrap().to_path_buf();
    let mut args: Vec<&str> = options.to_vec();
    let exe_text = exe.to_str().unwrap().to_string();
    args.push(&exe_text);
    args.extend_from_slice(program_args);
    dosrun_in(&dir, &args, stdin)
}

/// The value after `label` in dosrun's `--stats` output.
pub fn stat(stderr: &str, label: &str) -> String {
    stderr
        .lines()
        .find_map(|l| l.strip_prefix(&format!("dosrun: {label}: ")))
        .unwrap_or_else(|| panic!("no '{label}' in stats: {stderr}"))
        .to_string()
}

/// Runs test program `name` and expects exit status 0 and exactly `stdout`.
pub fn run_ok(
    name: &str,
    options: &[&str],
    program_args: &[&str],
    stdin: &[u8],
    stdout: &str,
) -> Ran {
    let ran = run(name, options, program_args, stdin);
    assert_eq!(ran.stdout, stdout, "stderr: {}", ran.stderr);
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    ran
}
