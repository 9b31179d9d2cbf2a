//! Time: BIOS ticks + PIT, idle, virtual time.
use crate::common::{run, run_ok, stat};

#[test]
fn the_pit_clock_is_monotonic_and_advances() {
    for options in [&[][..], &["--mips", "20"][..]] {
        run_ok("time", options, &["p"], b"", "monotonic\r\n");
    }
}

#[test]
fn pit_read_back_reports_mode_2() {
    run_ok("time", &[], &["s"], b"", "mode 2\r\n");
}

#[test]
fn pit_mode3_runs_down_by_two_with_out_toggling() {
    run_ok(
        "time",
        &["--pit-mode3", "--mips", "10"],
        &["3"],
        b"",
        "mode 3\r\n",
    );
}

#[test]
fn idle_calls_let_time_pass() {
    for options in [&["--stats"][..], &["--stats", "--mips", "5"][..]] {
        let ran = run_ok("time", options, &["i"], b"", "idle ok\r\n");
        assert!(stat(&ran.stderr, "idle calls").starts_with("1000,"));
    }
}

#[test]
fn virtual_time_is_deterministic() {
    let counts: Vec<String> = (0..2)
        .map(|_| {
            let ran = run("spin", &["--mips", "50", "--stats"], &["2"], b"");
            assert_eq!(ran.stdout, "done\r\n");
            let line = ran
                .stderr
                .lines()
                .find(|l| l.contains("emulated time"))
                .unwrap();
            format!(
                "{} {}",
                stat(&ran.stderr, "instructions"),
                &line[line.find("emulated").unwrap()..line.find(", speed").unwrap()]
            )
        })
        .collect();
    assert_eq!(counts[0], counts[1]);
    let n: u64 = counts[0].split(' ').next().unwrap().parse().unwrap();
    assert!(
        n > 10_000_000,
        "two million rounds of five instructions: {n}"
    );
}

#[test]
fn dos_date_time_and_bios_ticks_follow_the_virtual_clock() {
    run_ok("sysinfo", &["--mips", "10"], &[], b"", "facts ok\r\n");
}
