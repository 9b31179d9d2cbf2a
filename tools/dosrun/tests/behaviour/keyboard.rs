//! The keyboard from stdin, and Ctrl-C (a 03h byte) delivered as INT 23h.
use crate::common::run;

#[test]
fn keys_and_cooked_lines_come_from_stdin() {
    let ran = run("keys", &[], &[], b"xhello\n");
    assert_eq!(ran.stdout, "key: x\r\nhello\r\nline: hello\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}

#[test]
fn ctrl_c_reaches_a_protected_mode_int_23h_handler() {
    let ran = run("ctrlc", &["--stats"], &["p"], b"\x03");
    assert_eq!(ran.stdout, "^C\r\ncaught ^C in protected mode\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}

#[test]
fn ctrl_c_reaches_a_real_mode_int_23h_handler() {
    let ran = run("ctrlc", &[], &["r"], b"\x03");
    assert_eq!(ran.stdout, "^C\r\ncaught ^C in real mode\r\n");
    assert_eq!(ran.status, 0, "{}", ran.stderr);
}

#[test]
fn ctrl_c_without_a_handler_ends_the_program() {
    let ran = run("ctrlc", &[], &["n"], b"\x03");
    assert_eq!(ran.stdout, "^C\r\n");
    assert_eq!(ran.status, 130, "{}", ran.stderr);
    assert!(ran.stderr.contains("Ctrl-C"));
}
