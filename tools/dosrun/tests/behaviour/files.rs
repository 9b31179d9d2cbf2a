//! DOS files and directories on the --drive directory.
use crate::common::{dosrun_in, exe, scratch};

#[test]
fn files_directories_and_find_first() {
    let program = exe("files");
    let drive = scratch("drive");
    let elsewhere = scratch("cwd");
    let drive_text = drive.to_str().unwrap().to_string();
    let ran = dosrun_in(
        &elsewhere,
        &["--drive", &drive_text, program.to_str().unwrap()],
        b"",
    );
    assert_eq!(
        ran.stdout,
        "read: file\r\nsize: 10\r\nfound: OUT.TXT\r\ncwd: SUB\r\nmissing: error 2\r\nok\r\n"
    );
    assert_eq!(ran.status, 0, "{}", ran.stderr);
    let moved = std::fs::read_to_string(drive.join("SUB/MOVED.TXT")).unwrap();
    assert_eq!(moved, "hello file");
    assert!(!drive.join("OUT.TXT").exists());
    assert!(std::fs::read_dir(&elsewhere).unwrap().next().is_none());
}

#[test]
fn a_full_disk_gives_short_writes() {
    crate::common::run_ok(
        "diskfull",
        &["--disk-free", "2500"],
        &[],
        b"",
        "short write ok\r\n",
    );
}
