//! The packet driver at INT 60h (`--net`): spec functions and errors,
//! asynchronous receiver upcalls, and the strict checks on handles.
use crate::common::{run, run_ok};

#[test]
fn spec_errors_come_back_with_carry_and_dh() {
    run_ok("pktdrv", &["--net"], &["e"], b"", "errors ok\r\n");
}

#[test]
fn a_frame_reaches_the_receiver_between_instructions_and_the_code_resumes_exactly() {
    let ran = run_ok("pktdrv", &["--net", "--stats"], &["r"], b"", "frame ok\r\n");
    assert!(
        ran.stderr
            .contains("packet-driver calls: 3 (02h:1 03h:1 04h:1)"),
        "{}",
        ran.stderr
    );
}

#[test]
fn a_handle_left_registered_fails_the_run() {
    let ran = run("pktdrv", &["--net"], &["l"], b"");
    assert_eq!(ran.status, 126, "{}", ran.stderr);
    assert!(
        ran.stderr
            .contains("strict: packet-driver handle 1 (type 0806) not released"),
        "{}",
        ran.stderr
    );
}

#[test]
fn an_upcall_into_freed_dos_memory_is_a_fault() {
    let ran = run("pktdrv", &["--net"], &["f"], b"");
    assert_eq!(ran.status, 125, "{}", ran.stderr);
    assert!(
        ran.stderr.contains("is not in allocated DOS memory"),
        "{}",
        ran.stderr
    );
}

#[test]
fn without_net_there_is_no_driver() {
    let ran = run("pktdrv", &[], &["e"], b"");
    assert_ne!(ran.status, 0, "{}", ran.stderr);
    assert!(
        ran.stderr.contains("unsupported interrupt 60h"),
        "{}",
        ran.stderr
    );
}
