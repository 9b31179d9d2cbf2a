//! DPMI host behaviour visible to a client.
use crate::common::{run_ok, stat};

#[test]
fn unsupported_functions_fail_with_8001h_and_are_logged() {
    let ran = run_ok("unsupported", &[], &[], b"", "8001h\r\n");
    assert!(ran.stderr.contains("DPMI function 0A00h not supported"));
}

#[test]
fn a_protected_mode_handler_set_with_0205h_runs_and_can_be_restored() {
    run_ok("vectors", &[], &["b"], b"", "handler ran\r\nrestored\r\n");
}

#[test]
fn a_handler_can_chain_to_the_hosts_int_21h() {
    run_ok("vectors", &[], &["c"], b"", "chained\r\n");
}

#[test]
fn nearptr_4gib_limits_wrap_around() {
    run_ok("limit", &[], &["n"], b"", "nearptr ok\r\n");
}

#[test]
fn real_mode_callbacks_run_the_protected_mode_procedure() {
    run_ok("callback", &[], &[], b"", "callback ran\r\n");
}

#[test]
fn memory_blocks_grow_and_keep_their_contents() {
    let ran = run_ok("memory", &["--stats"], &["g"], b"", "grown\r\n");
    let peak = stat(&ran.stderr, "peak DPMI memory");
    let bytes: u64 = peak.split(' ').next().unwrap().parse().unwrap();
    assert!(bytes >= 3 << 20, "{peak}");
}

#[test]
fn mem_limits_what_the_host_gives() {
    run_ok("memory", &["--mem", "16"], &["o"], b"", "refused\r\n");
}

#[test]
fn cpu_exceptions_reach_0203h_handlers_with_the_faulting_address() {
    let ran = run_ok("exception", &["--stats"], &[], b"", "both handled\r\n");
    assert!(stat(&ran.stderr, "idle calls").contains("exceptions delivered: 2,"));
}

#[test]
fn simulating_an_interrupt_the_program_hooked_runs_real_mode_code() {
    run_ok("realint", &[], &[], b"", "real-mode handler ran\r\n");
}

#[test]
fn without_fpu_an_x87_instruction_raises_exception_7() {
    run_ok("fpu", &[], &[], b"", "no coprocessor\r\n");
    run_ok("fpu", &["--fpu"], &[], b"", "FNINIT ran\r\n");
}
