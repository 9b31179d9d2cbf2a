//! Platform conformance checks, written once against the [`Platform`] trait
//! and run on every platform: natively (`target/release/conform`) and as
//! dist/CONFORM.EXE under dosrun. djgpp/conform.sh drives both and checks
//! what a program cannot check about itself (exit codes, Ctrl-C delivery,
//! the one-line panic, running out of memory, cleanup at exit).
//!
//! Commands (the first argument):
//! - `all Alpha b=2 'two words'`: every check, these arguments included
//!   (on DOS the command tail says `"two words"`: double quotes group words).
//! - `clock`: only the clock checks (run again under other timer setups).
//! - `diskfull PATH`: write to PATH until the disk is full; expects ENOSPC.
//! - `exit N`: exit with code N through `Platform::exit`.
//! - `ctrlc [quiet]`: wait (idling) until Ctrl-C sets the interrupt flag;
//!   `quiet` makes no console call before it (DOS then never checks for ^C
//!   itself, so the platform must notice it on its own).
//! - `panic`: panic on purpose (the panic handler's line, non-zero exit).
//! - `oom`: allocate until the heap says no, then report it.
//! - `oom-abort`: allocate infallibly until that fails (the runtime's
//!   one-line internal error; only meaningful where memory is bounded).
//! - `deep`: recurse without end (the stack overflow guard; DOS only, where
//!   the runtime reports it in one line).
//! - `lines`: count the lines of standard input.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;

use crate::platform::{errno, FileHandle, OpenMode, OsResult, Platform, SeekFrom, Stream};

type CheckResult = Result<(), String>;
type Check = fn(&dyn Platform) -> CheckResult;

/// Write `text` to a standard stream (the platform does line endings).
fn say(p: &dyn Platform, stream: Stream, text: &str) {
    p.write(stream, text.as_bytes());
}

/// Every check, by name.
const CHECKS: &[(&str, Check)] = &[
    ("name", check_name),
    ("environment", check_environment),
    ("files", check_files),
    ("open-modes", check_open_modes),
    ("rename-remove", check_rename_remove),
    ("directories", check_directories),
    ("list-dir", check_list_dir),
    ("clock-monotonic", check_monotonic),
    ("clock-resolution", check_resolution),
    ("clock-never-stalls", check_never_stalls),
    ("date-time", check_date_time),
    ("memory-growth", check_memory_growth),
    ("interrupt-flag", check_interrupt_flag),
];

/// Scratch directory the file checks work in (removed afterwards).
const SCRATCH: &str = "CONFTMP";

/// The conform program: runs the command in `args()[1]`; returns the exit code.
pub fn main(p: &dyn Platform) -> i32 {
    let args = p.args();
    match args.get(1).map(String::as_str) {
        Some("all") => run_checks(p, |_| true),
        Some("clock") => run_checks(p, |name| name.starts_with("clock-")),
        Some("diskfull") => fill_disk(p, args.get(2).map_or("FULL.BIN", String::as_str)),
        Some("exit") => p.exit(args.get(2).and_then(|n| n.parse().ok()).unwrap_or(99)),
        Some("ctrlc") => wait_for_ctrl_c(p, args.get(2).is_some_and(|a| a == "quiet")),
        Some("panic") => panic!("deliberate panic for the test"),
        Some("oom") => report_out_of_memory(p),
        Some("oom-abort") => exhaust_memory(),
        Some("deep") => recurse(0) as i32,
        Some("lines") => count_lines(p),
        _ => {
            say(
                p,
                Stream::Stdout,
                "usage: conform all|clock|diskfull PATH|exit N|ctrlc [quiet]|panic|oom|oom-abort|deep|lines\n",
            );
            2
        }
    }
}

/// Run the checks whose names pass `wanted`, printing "ok NAME" or
/// "FAIL NAME: why" for each; 1 if any failed.
fn run_checks(p: &dyn Platform, wanted: impl Fn(&str) -> bool) -> i32 {
    let mut failures = 0;
    let mut report = |name: &str, result: CheckResult| {
        let line = match result {
            Ok(()) => format!("ok {name}\n"),
            Err(why) => {
                failures += 1;
                format!("FAIL {name}: {why}\n")
            }
        };
        say(p, Stream::Stdout, &line);
    };
    if wanted("args") {
        report("args", check_args(p));
    }
    for (name, check) in CHECKS.iter().filter(|(name, _)| wanted(name)) {
        report(name, in_scratch_dir(p, *check));
    }
    i32::from(failures > 0)
}

/// Run `check` inside a fresh scratch directory, always leaving it.
fn in_scratch_dir(p: &dyn Platform, check: Check) -> CheckResult {
    let home = p.getcwd().map_err(|e| why("getcwd", e.errno))?;
    p.mkdir(SCRATCH)
        .map_err(|e| why("mkdir scratch", e.errno))?;
    p.chdir(SCRATCH)
        .map_err(|e| why("chdir scratch", e.errno))?;
    let result = check(p);
    p.chdir(&home).map_err(|e| why("chdir back", e.errno))?;
    remove_tree(p, SCRATCH).map_err(|e| why("remove scratch", e.errno))?;
    result
}

fn remove_tree(p: &dyn Platform, dir: &str) -> OsResult<()> {
    for name in p.list_dir(dir)? {
        let path = format!("{dir}/{name}");
        if p.stat(&path)?.is_dir {
            remove_tree(p, &path)?;
        } else {
            p.remove(&path)?;
        }
    }
    p.rmdir(dir)
}

fn why(what: &str, errno: i32) -> String {
    format!("{what} failed with errno {errno}")
}

fn expect(ok: bool, what: &str) -> CheckResult {
    if ok {
        Ok(())
    } else {
        Err(what.to_string())
    }
}

fn expect_errno<T>(result: OsResult<T>, errno: i32, what: &str) -> CheckResult {
    match result {
        Err(e) if e.errno == errno => Ok(()),
        Err(e) => Err(format!("{what}: errno {} instead of {errno}", e.errno)),
        Ok(_) => Err(format!("{what}: succeeded, expected errno {errno}")),
    }
}

/// `?` for OS results inside checks: name the operation that failed.
trait Context<T> {
    fn context(self, what: &str) -> Result<T, String>;
}

impl<T> Context<T> for OsResult<T> {
    fn context(self, what: &str) -> Result<T, String> {
        self.map_err(|e| why(what, e.errno))
    }
}

fn check_args(p: &dyn Platform) -> CheckResult {
    let args = p.args();
    expect(!args[0].is_empty(), "no program name")?;
    expect(
        args[1..] == ["all", "Alpha", "b=2", "two words"],
        &format!(
            "run as `conform all Alpha b=2 'two words'`, got {:?}",
            &args[1..]
        ),
    )
}

fn check_name(p: &dyn Platform) -> CheckResult {
    expect(
        ["dos", "linux"].contains(&p.name()),
        "unknown platform name",
    )
}

fn check_environment(p: &dyn Platform) -> CheckResult {
    let vars = p.env_vars();
    expect(!vars.is_empty(), "no environment variables")?;
    for (name, value) in &vars {
        expect(!name.is_empty(), "empty variable name")?;
        let got = p.env_var(name);
        expect(
            got.as_deref() == Some(value.as_str()),
            &format!("env_var({name})"),
        )?;
    }
    expect(
        p.env_var("MPYDOS_SURELY_UNSET").is_none(),
        "unset variable found",
    )?;
    let path = p.env_var("CONFORM_ENV");
    expect(
        path.as_deref() == Some("set by conform.sh"),
        &format!("CONFORM_ENV is {path:?}"),
    )
}

/// Write all of `bytes`, looping over short writes.
fn write_all(p: &dyn Platform, file: FileHandle, mut bytes: &[u8]) -> OsResult<()> {
    while !bytes.is_empty() {
        let n = p.write_file(file, bytes)?;
        bytes = &bytes[n..];
    }
    Ok(())
}

/// Read to the end, looping over short reads.
fn read_all(p: &dyn Platform, file: FileHandle) -> OsResult<Vec<u8>> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        match p.read(file, &mut buf)? {
            0 => return Ok(data),
            n => data.extend_from_slice(&buf[..n]),
        }
    }
}

/// 40,000 bytes: more than one transfer buffer (16 KiB) on DOS.
fn sample_data() -> Vec<u8> {
    (0..40_000u32).map(|i| (i % 251) as u8).collect()
}

fn write_file(p: &dyn Platform, path: &str, bytes: &[u8]) -> CheckResult {
    let file = p.open(path, OpenMode::Write).context("create")?;
    write_all(p, file, bytes).context("write")?;
    p.close(file).context("close")
}

fn read_file(p: &dyn Platform, path: &str) -> Result<Vec<u8>, String> {
    let file = p.open(path, OpenMode::Read).context("open")?;
    let data = read_all(p, file).context("read")?;
    p.close(file).context("close")?;
    Ok(data)
}

fn check_files(p: &dyn Platform) -> CheckResult {
    let data = sample_data();
    write_file(p, "DATA.BIN", &data)?;
    let stat = p.stat("DATA.BIN").context("stat")?;
    expect(stat.size == 40_000 && !stat.is_dir, "size")?;
    // File times and the clock agree (FAT keeps 2-second steps).
    let age = p.unix_time_us() / 1_000_000 - stat.mtime_ns / 1_000_000_000;
    expect((-10..=10).contains(&age), &format!("mtime is {age} s old"))?;
    expect(read_file(p, "DATA.BIN")? == data, "contents read back")?;

    let file = p.open("DATA.BIN", OpenMode::ReadWrite).context("open rw")?;
    expect(
        p.seek(file, 1000, SeekFrom::Start).context("seek")? == 1000,
        "seek start",
    )?;
    let mut five = [0u8; 5];
    expect(p.read(file, &mut five).context("read")? == 5, "short read")?;
    expect(five[..] == data[1000..1005], "read after seek")?;
    expect(
        p.seek(file, 0, SeekFrom::Current).context("tell")? == 1005,
        "seek current",
    )?;
    expect(
        p.seek(file, -4, SeekFrom::End).context("seek end")? == 39_996,
        "seek end",
    )?;
    write_all(p, file, b"TAIL").context("overwrite")?;
    p.close(file).context("close")?;
    expect(
        read_file(p, "DATA.BIN")?.ends_with(b"TAIL"),
        "overwrite at end",
    )?;
    expect_errno(p.read(file, &mut five), errno::EBADF, "read after close")
}

fn check_open_modes(p: &dyn Platform) -> CheckResult {
    expect_errno(
        p.open("MISSING.TXT", OpenMode::Read),
        errno::ENOENT,
        "open missing",
    )?;
    write_file(p, "MODES.TXT", b"one\r\n")?;
    expect_errno(
        p.open("MODES.TXT", OpenMode::CreateNew),
        errno::EEXIST,
        "exclusive create of an existing file",
    )?;
    let file = p.open("MODES.TXT", OpenMode::Append).context("append")?;
    write_all(p, file, b"two\r\n").context("append write")?;
    p.close(file).context("close")?;
    expect(read_file(p, "MODES.TXT")? == b"one\r\ntwo\r\n", "append")?;
    write_file(p, "MODES.TXT", b"new")?;
    expect(read_file(p, "MODES.TXT")? == b"new", "write truncates")?;
    let file = p
        .open("FRESH.TXT", OpenMode::CreateNew)
        .context("create new")?;
    p.close(file).context("close")?;
    expect(
        p.stat("FRESH.TXT").context("stat")?.size == 0,
        "new file empty",
    )
}

fn check_rename_remove(p: &dyn Platform) -> CheckResult {
    write_file(p, "OLD.TXT", b"moved")?;
    p.rename("OLD.TXT", "NEW.TXT").context("rename")?;
    expect_errno(p.stat("OLD.TXT"), errno::ENOENT, "stat renamed-away name")?;
    expect(read_file(p, "NEW.TXT")? == b"moved", "renamed contents")?;
    p.remove("NEW.TXT").context("remove")?;
    expect_errno(p.stat("NEW.TXT"), errno::ENOENT, "stat removed file")?;
    expect_errno(p.remove("NEW.TXT"), errno::ENOENT, "remove twice")
}

fn check_directories(p: &dyn Platform) -> CheckResult {
    let home = p.getcwd().context("getcwd")?;
    p.mkdir("SUB").context("mkdir")?;
    expect_errno(p.mkdir("SUB"), errno::EEXIST, "mkdir existing")?;
    expect(
        p.stat("SUB").context("stat dir")?.is_dir,
        "stat says directory",
    )?;
    p.chdir("SUB").context("chdir")?;
    let inside = p.getcwd().context("getcwd inside")?;
    expect(
        inside.to_ascii_uppercase().ends_with("SUB") && inside.len() == home.len() + 4,
        &format!("getcwd inside is {inside}"),
    )?;
    write_file(p, "INNER.TXT", b"x")?;
    p.chdir("..").context("chdir ..")?;
    expect(p.getcwd().context("getcwd")? == home, "back home")?;
    expect(
        read_file(p, "SUB/INNER.TXT")? == b"x",
        "path with directory",
    )?;
    expect_errno(p.rmdir("SUB"), errno::ENOTEMPTY, "rmdir non-empty")?;
    p.remove("SUB/INNER.TXT").context("remove inner")?;
    p.rmdir("SUB").context("rmdir")?;
    expect_errno(p.stat("SUB"), errno::ENOENT, "stat removed dir")?;
    expect_errno(p.chdir("SUB"), errno::ENOENT, "chdir missing")
}

fn check_list_dir(p: &dyn Platform) -> CheckResult {
    expect(
        p.list_dir(".").context("list empty")?.is_empty(),
        "fresh dir empty",
    )?;
    let names = ["A.TXT", "B.PY", "C"];
    for name in names {
        write_file(p, name, name.as_bytes())?;
    }
    p.mkdir("D").context("mkdir")?;
    let mut listed: Vec<String> = p
        .list_dir(".")
        .context("list_dir")?
        .iter()
        .map(|n| n.to_ascii_uppercase())
        .collect();
    listed.sort();
    expect(
        listed == ["A.TXT", "B.PY", "C", "D"],
        &format!("listed {listed:?}"),
    )?;
    expect_errno(p.list_dir("NOWHERE"), errno::ENOENT, "list missing dir")
}

fn check_monotonic(p: &dyn Platform) -> CheckResult {
    let mut last = p.monotonic_us();
    for _ in 0..20_000 {
        let now = p.monotonic_us();
        expect(now >= last, &format!("went back from {last} to {now}"))?;
        last = now;
    }
    Ok(())
}

/// The smallest step the clock takes is at most 1 ms.
fn check_resolution(p: &dyn Platform) -> CheckResult {
    let start = p.monotonic_us();
    let mut smallest = u64::MAX;
    let mut last = start;
    while smallest > 1000 && last - start < 2_000_000 {
        let now = p.monotonic_us();
        if now != last {
            smallest = smallest.min(now - last);
            last = now;
        }
    }
    expect(smallest <= 1000, &format!("smallest step {smallest} us"))
}

/// While sampled back to back for 300 ms, the clock keeps moving: a clock
/// that misreads the timer holds still (its never-go-back clamp) for
/// thousands of readings; a sound one repeats a value a few times at most.
fn check_never_stalls(p: &dyn Platform) -> CheckResult {
    let start = p.monotonic_us();
    let (mut last, mut repeats, mut longest) = (start, 0u32, 0u32);
    for _ in 0..2_000_000 {
        let now = p.monotonic_us();
        if now == last {
            repeats += 1;
            longest = longest.max(repeats);
        } else {
            repeats = 0;
            last = now;
        }
        if now - start > 300_000 {
            break;
        }
    }
    expect(longest < 500, &format!("{longest} equal readings in a row"))
}

fn check_date_time(p: &dyn Platform) -> CheckResult {
    let t = p.local_time();
    // DOS dates run from 1980 to 2107.
    let sane = (1980..2108).contains(&t.year)
        && (1..=12).contains(&t.month)
        && (1..=31).contains(&t.day)
        && t.hour < 24
        && t.minute < 60
        && t.second < 62
        && t.microsecond < 1_000_000;
    expect(sane, &format!("local time {t:?}"))?;
    let seconds = p.unix_time_us() / 1_000_000;
    // 1980-01-01 .. 2108-01-01
    expect(
        (315_532_800..4_354_819_200).contains(&seconds),
        &format!("unix time {seconds}"),
    )
}

/// Grow the heap well past 8 MiB in 1 MiB pieces, touch every byte, free.
fn check_memory_growth(_: &dyn Platform) -> CheckResult {
    const MIB: usize = 1 << 20;
    let mut chunks: Vec<Vec<u8>> = Vec::new();
    for i in 0..12 {
        let mut chunk = Vec::new();
        chunk
            .try_reserve_exact(MIB)
            .map_err(|_| format!("allocation failed after {i} MiB"))?;
        chunk.resize(MIB, i as u8);
        chunks.push(chunk);
    }
    for (i, chunk) in chunks.iter().enumerate() {
        // Every 509th byte (a prime stride, so every page and offset mix).
        let intact = chunk.iter().step_by(509).all(|&b| b == i as u8);
        expect(
            intact && chunk[MIB - 1] == i as u8,
            "memory lost its contents",
        )?;
    }
    drop(chunks);
    let mut again: Vec<u8> = Vec::new();
    again
        .try_reserve_exact(8 * MIB)
        .map_err(|_| "freed memory not reusable".to_string())
}

fn check_interrupt_flag(p: &dyn Platform) -> CheckResult {
    expect(!p.take_interrupt(), "interrupt flag set without Ctrl-C")
}

/// Idle until Ctrl-C arrives (10 s at most); 0 when it did.
fn wait_for_ctrl_c(p: &dyn Platform, quiet: bool) -> i32 {
    if !quiet {
        say(p, Stream::Stdout, "waiting for Ctrl-C\n");
    }
    let deadline = p.monotonic_us() + 10_000_000;
    while p.monotonic_us() < deadline {
        if p.take_interrupt() {
            say(p, Stream::Stdout, "interrupted\n");
            return 0;
        }
        p.idle_until(p.monotonic_us() + 50_000);
    }
    say(p, Stream::Stdout, "no Ctrl-C\n");
    1
}

/// Allocate 1 MiB pieces until the heap refuses; say how far it got.
fn report_out_of_memory(p: &dyn Platform) -> i32 {
    let mut held: Vec<Vec<u8>> = Vec::new();
    loop {
        let mut chunk = Vec::new();
        if chunk.try_reserve_exact(1 << 20).is_err() || held.len() == 4096 {
            break;
        }
        chunk.push(1u8);
        if held.try_reserve(1).is_err() {
            break;
        }
        held.push(chunk);
    }
    let message = format!("MemoryError after {} MiB\n", held.len());
    say(p, Stream::Stderr, &message);
    1
}

/// Write 4 KiB pieces to `path` until the disk is full (64 MiB at most);
/// 0 when the platform said ENOSPC.
fn fill_disk(p: &dyn Platform, path: &str) -> i32 {
    let file = match p.open(path, OpenMode::Write) {
        Ok(file) => file,
        Err(e) => {
            say(p, Stream::Stderr, &format!("{}\n", why("open", e.errno)));
            return 1;
        }
    };
    let piece = [0x5au8; 4096];
    let mut written = 0usize;
    let outcome = loop {
        if written >= 64 << 20 {
            break Err(String::from("64 MiB written, the disk never filled"));
        }
        match p.write_file(file, &piece) {
            Ok(n) => written += n,
            Err(e) if e.errno == errno::ENOSPC => break Ok(()),
            Err(e) => break Err(why("write", e.errno)),
        }
    };
    let _ = p.close(file);
    match outcome {
        Ok(()) => {
            say(
                p,
                Stream::Stdout,
                &format!("ENOSPC after {written} bytes\n"),
            );
            0
        }
        Err(message) => {
            say(p, Stream::Stderr, &format!("{message}\n"));
            1
        }
    }
}

/// Allocate 1 MiB pieces with infallible `Vec`s until the allocator fails.
fn exhaust_memory() -> i32 {
    let mut held: Vec<Vec<u8>> = Vec::new();
    loop {
        held.push(Vec::with_capacity(1 << 20));
    }
}

/// Recurse with a 256-byte frame until the stack runs out.
fn recurse(depth: u32) -> u32 {
    let mut frame = [depth as u8; 256];
    core::hint::black_box(&mut frame);
    if depth == u32::MAX {
        return 0;
    }
    recurse(depth + 1).wrapping_add(frame[7] as u32)
}

fn count_lines(p: &dyn Platform) -> i32 {
    let mut lines = Vec::new();
    loop {
        match p.read_line() {
            Ok(Some(line)) => lines.push(line),
            Ok(None) => break,
            Err(e) => {
                say(p, Stream::Stderr, &why("read_line", e.errno));
                return 1;
            }
        }
    }
    let text: Vec<String> = lines
        .iter()
        .map(|l| String::from_utf8_lossy(l).trim_end().to_string())
        .collect();
    say(
        p,
        Stream::Stdout,
        &format!("{} lines: {}\n", lines.len(), text.join("|")),
    );
    0
}
