//! The keyboard from stdin, and Ctrl-C (a 03h byte) delivered as INT 23h.
use crate::common::{run, run_ok, stat};

#[test]
fn keys_and_cooked_lines_come_from_stdin() {
    let expected = "key: x\r\nhello\r\nline: hello\r\n";
    run_ok("keys", &[], &[], b"xhello\n", expected);
}

#[test]
fn ctrl_c_reaches_a_protected_mode_int_23h_handler() {
    let expected = "^C\r\ncaught ^C in protected mode\r\n";
    let ran = run_ok("ctrlc", &["--stats"], &["p"], b"\x03", expected);
    assert!(stat(&ran.stderr, "idle calls").contains("Ctrl-C delivered: 1,"));
}

#[test]
fn ctrl_c_reaches_a_real_mode_int_23h_handler() {
    run_ok(
        "ctrlc",
        &[],
        &["r"],
        b"\x03",
        "^C\r\ncaught ^C in real mode\r\n",
    );
}

#[test]
fn ctrl_c_without_a_handler_ends_the_program() {
    let ran = run("ctrlc", &[], &["n"], b"\x03");
    assert_eq!(ran.stdout, "^C\r\n");
    assert_eq!(ran.status, 130, "{}", ran.stderr);
    assert!(ran.stderr.contains("Ctrl-C"));
}

/// A 1Ch byte on stdin is Ctrl-Break: INT 1Bh arrives between instructions
/// while the program spins without calling DOS.
#[test]
fn ctrl_break_interrupts_a_busy_program() {
    for options in [&["--stats"][..], &["--stats", "--mips", "30"][..]] {
        let ran = run_ok("ctrlbreak", options, &["p"], b"\x1c", "break handled\r\n");
        assert!(stat(&ran.stderr, "idle calls").ends_with("upcalls: 1"));
        let real = "break handled in real mode\r\n";
        run_ok("ctrlbreak", options, &["r"], b"\x1c", real);
    }
}

#[test]
fn ctrl_break_without_a_handler_becomes_ctrl_c_at_the_next_dos_call() {
    run_ok("ctrlbreak", &[], &["d"], b"\x1c", "^C\r\nbreak handled\r\n");
}
