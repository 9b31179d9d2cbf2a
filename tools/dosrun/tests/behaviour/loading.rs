//! Loading: the stub, exit codes, bad files, the command line.
use crate::common::{dosrun_in, exe, run, run_ok, scratch, stat};

#[test]
fn hello_goes_through_dos_via_dpmi_0300h() {
    let ran = run_ok("hello", &["--stats"], &[], b"", "Hello from DOS!\r\n");
    assert!(stat(&ran.stderr, "DPMI calls").contains("0300h:"));
    assert!(stat(&ran.stderr, "DOS calls").contains("40h:1"));
    let to_entry: u64 = stat(&ran.stderr, "instructions to the 32-bit entry")
        .parse()
        .unwrap();
    assert!(to_entry > 100, "the stub ran before the program");
}

#[test]
fn exit_codes_pass_through() {
    for code in ["0", "7", "255"] {
        let ran = run("exitcode", &[], &[code], b"");
        assert_eq!(ran.status.to_string(), code, "{}", ran.stderr);
    }
}

#[test]
fn without_dpmi_the_stub_says_so() {
    let ran = run("hello", &["--no-dpmi"], &[], b"");
    assert!(ran.stdout.contains("no DPMI"), "stdout: {}", ran.stdout);
    assert!(!ran.stdout.contains("Hello"));
    assert_ne!(ran.status, 0);
}

fn one_line_error(ran: &crate::common::Ran, status: i32, words: &str) {
    assert_eq!(ran.status, status, "{}", ran.stderr);
    assert_eq!(ran.stderr.lines().count(), 1, "{}", ran.stderr);
    assert!(ran.stderr.contains(words), "{}", ran.stderr);
}

#[test]
fn a_non_exe_is_refused_in_one_line() {
    let dir = scratch("nonexe");
    std::fs::write(dir.join("TEXT.EXE"), "just text\n").unwrap();
    one_line_error(
        &dosrun_in(&dir, &["TEXT.EXE"], b""),
        127,
        "not a DOS executable",
    );
    one_line_error(&dosrun_in(&dir, &["NOSUCH.EXE"], b""), 127, "cannot read");
}

#[test]
fn truncated_exes_are_refused_in_one_line() {
    let bytes = std::fs::read(exe("hello")).unwrap();
    assert!(bytes.len() > 2048 + 0xA8 + 16);
    let dir = scratch("truncated");
    // Inside the MZ header, inside the stub, inside the COFF .text section.
    for cut in [10, 1000, 2048 + 0xA8 + 16] {
        std::fs::write(dir.join("CUT.EXE"), &bytes[..cut]).unwrap();
        one_line_error(&dosrun_in(&dir, &["CUT.EXE"], b""), 127, "truncated");
    }
}

#[test]
fn bad_options_are_one_line_errors() {
    let dir = scratch("options");
    one_line_error(
        &dosrun_in(&dir, &["--frobnicate", "X.EXE"], b""),
        2,
        "unknown option",
    );
    one_line_error(
        &dosrun_in(&dir, &["--mips", "zero", "X.EXE"], b""),
        2,
        "--mips",
    );
    one_line_error(&dosrun_in(&dir, &[], b""), 2, "usage");
}

#[test]
fn timeout_stops_a_program_that_never_ends() {
    for options in [
        &["--timeout", "0.3"][..],
        &["--mips", "100", "--timeout", "0.3"][..],
    ] {
        let ran = run("spin", options, &["f"], b"");
        assert_eq!(ran.status, 124, "{}", ran.stderr);
        assert!(ran.stderr.contains("timeout"), "{}", ran.stderr);
    }
}
