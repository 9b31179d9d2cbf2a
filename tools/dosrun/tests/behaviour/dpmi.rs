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

#[test]
fn a_handler_can_chain_to_the_hosts_int_21h() {
    let ran = run("vectors", &[], &["c"], b"");
    assert_eq!(ran.stdout, "chained\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}

#[test]
fn real_mode_callbacks_run_the_protected_mode_procedure() {
    let ran = run("callback", &[], &[], b"");
    assert_eq!(ran.stdout, "callback ran\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}

#[test]
fn memory_blocks_grow_and_keep_their_contents() {
    let ran = run("memory", &["--stats"], &["g"], b"");
    assert_eq!(ran.stdout, "grown\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let peak = crate::common::stat(&ran.stderr, "peak DPMI memory");
    let bytes: u64 = peak.split(' ').next().unwrap().parse().unwrap();
    assert!(bytes >= 3 << 20, "{peak}");
}

#[test]
fn mem_limits_what_the_host_gives() {
    let ran = run("memory", &["--mem", "16"], &["o"], b"");
    assert_eq!(ran.stdout, "refused\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}
