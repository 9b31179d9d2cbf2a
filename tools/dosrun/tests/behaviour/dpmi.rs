//! DPMI host behaviour visible to a client.
use crate::common::run;

#[test]
fn unsupported_functions_fail_with_8001h_and_are_logged() {
    let ran = run("unsupported", &[], &[], b"");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    assert_eq!(ran.stdout, "8001h\r\n");
    assert!(ran.stderr.contains("DPMI function 0A00h not supported"));
}

#[test]
fn a_protected_mode_handler_set_with_0205h_runs_and_can_be_restored() {
    let ran = run("vectors", &[], &["b"], b"");
    assert_eq!(ran.stdout, "handler ran\r\nrestored\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}

#[test]
fn nearptr_4gib_limits_wrap_around() {
    let ran = run("limit", &[], &["n"], b"");
    assert_eq!(ran.stdout, "nearptr ok\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}
