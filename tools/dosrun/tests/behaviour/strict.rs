//! Strictness: what a real machine would not survive fails the run.
use crate::common::{run, run_ok};

fn strict_failure(program: &str, arg: &str, reason: &str) {
    let ran = run(program, &[], &[arg], b"");
    assert_eq!(ran.status, 126, "{}", ran.stderr);
    assert!(ran.stderr.contains(reason), "{}", ran.stderr);
}

#[test]
fn a_protected_mode_vector_left_hooked_fails() {
    strict_failure(
        "vectors",
        "p",
        "protected-mode interrupt vector 60h changed and not restored",
    );
}

#[test]
fn a_real_mode_vector_left_hooked_fails() {
    strict_failure(
        "vectors",
        "r",
        "real-mode interrupt vector 60h changed and not restored",
    );
}

#[test]
fn dos_memory_left_allocated_fails() {
    strict_failure("dosmem", "d", "(256 bytes, DPMI 0100h) not freed");
    strict_failure("dosmem", "m", "(64 bytes, INT 21h AH=48h) not freed");
}

#[test]
fn dos_memory_freed_passes() {
    run_ok("dosmem", &[], &["f"], b"", "freed\r\n");
}

#[test]
fn accesses_past_a_segment_limit_fault() {
    for (arg, what) in [("r", "read"), ("w", "write")] {
        let ran = run("limit", &[], &[arg], b"");
        assert_eq!(ran.status, 125, "{}", ran.stderr);
        assert_eq!(ran.stdout, "limit read\r\n", "the access must not complete");
        assert!(
            ran.stderr.contains(&format!("fault: {what}")),
            "{}",
            ran.stderr
        );
    }
}

#[test]
fn loading_a_bad_selector_is_a_cpu_exception() {
    let ran = run("limit", &[], &["s"], b"");
    assert_eq!(ran.status, 125, "{}", ran.stderr);
    assert_eq!(ran.stdout, "");
    assert!(ran.stderr.contains("CPU exception #GP"), "{}", ran.stderr);
}

#[test]
fn an_exception_handler_left_installed_fails() {
    strict_failure(
        "exception",
        "k",
        "exception handler 0Dh changed and not restored",
    );
}
