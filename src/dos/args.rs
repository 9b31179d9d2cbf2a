//! The command line (PSP offset 80h) and the environment block (the selector
//! at PSP offset 2Ch), read through flat memory access, with the changes
//! the program made to the environment on top.

use alloc::string::String;
use alloc::vec::Vec;
use core::cell::RefCell;
use core::sync::atomic::{AtomicU32, Ordering};

use super::entry::StubInfo;
use super::memory;
use crate::dpmi;
use crate::global::Global;

static PSP_LINEAR: AtomicU32 = AtomicU32::new(0);
static ENV_LINEAR: AtomicU32 = AtomicU32::new(0);

/// Find the PSP and the environment block.
pub fn init(info: &StubInfo) {
    let Ok(psp) = dpmi::segment_base(info.psp_selector) else {
        return;
    };
    PSP_LINEAR.store(psp, Ordering::Relaxed);
    // DPMI hosts put a selector for the environment at PSP:2Ch; fall back to
    // reading it as a real-mode segment if the host left the segment there.
    // SAFETY: the PSP is 256 bytes at `psp`.
    let env = unsafe { core::ptr::read_unaligned(memory::near::<u16>(psp + 0x2c)) };
    let linear = dpmi::segment_base(env).unwrap_or((env as u32) << 4);
    ENV_LINEAR.store(linear, Ordering::Relaxed);
}

fn byte_at(linear: u32) -> u8 {
    // SAFETY: callers stay inside the PSP or the environment block.
    unsafe { core::ptr::read_volatile(memory::near::<u8>(linear)) }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The environment block's "NAME=value" strings, then the program's path.
/// Bounded at 32 KiB, the most DOS allows.
fn environment_block() -> (Vec<Vec<u8>>, Vec<u8>) {
    let start = ENV_LINEAR.load(Ordering::Relaxed);
    let mut strings = Vec::new();
    if start == 0 {
        return (strings, Vec::new());
    }
    let end = start + 0x8000;
    let mut at = start;
    let mut current = Vec::new();
    while at < end {
        let b = byte_at(at);
        at += 1;
        if b != 0 {
            current.push(b);
        } else if current.is_empty() {
            break;
        } else {
            strings.push(core::mem::take(&mut current));
        }
    }
    // After the double NUL: a word count (1), then the program's ASCIIZ path.
    let mut path = Vec::new();
    if at + 2 < end && byte_at(at) == 1 && byte_at(at + 1) == 0 {
        at += 2;
        while at < end && byte_at(at) != 0 {
            path.push(byte_at(at));
            at += 1;
        }
    }
    (strings, path)
}

/// One variable the program set (`Some` value) or removed (`None`).
type Change = (String, Option<String>);

/// Variables the program set or removed since it started, by upper-case
/// name; the block DOS gave us stays as it is.
static CHANGES: Global<RefCell<Vec<Change>>> = Global::new(RefCell::new(Vec::new()));

/// Set or remove a variable for the rest of the run (names are upper case
/// on DOS, as COMMAND.COM's SET makes them).
pub fn set_env(name: &str, value: Option<&str>) {
    let name = name.to_ascii_uppercase();
    let mut changes = CHANGES.borrow_mut();
    changes.retain(|(n, _)| *n != name);
    changes.push((name, value.map(String::from)));
}

/// All environment variables as (name, value): the block, then the changes.
pub fn env_vars() -> Vec<(String, String)> {
    let (strings, _) = environment_block();
    let mut vars: Vec<(String, String)> = strings
        .iter()
        .filter_map(|s| {
            let eq = s.iter().position(|&b| b == b'=')?;
            Some((text(&s[..eq]), text(&s[eq + 1..])))
        })
        .collect();
    for (name, value) in CHANGES.borrow().iter() {
        vars.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        if let Some(v) = value {
            vars.push((name.clone(), v.clone()));
        }
    }
    vars
}

/// The command line: the program's path, then the words of the PSP command
/// tail (blanks separate words, double quotes group them).
pub fn args() -> Vec<String> {
    let (_, path) = environment_block();
    let mut args = Vec::from([text(&path)]);
    let psp = PSP_LINEAR.load(Ordering::Relaxed);
    if psp == 0 {
        return args;
    }
    let len = byte_at(psp + 0x80).min(127) as u32;
    let tail: Vec<u8> = (0..len).map(|i| byte_at(psp + 0x81 + i)).collect();
    args.extend(split_words(&tail).iter().map(|w| text(w)));
    args
}

fn split_words(tail: &[u8]) -> Vec<Vec<u8>> {
    let mut words = Vec::new();
    let mut word: Option<Vec<u8>> = None;
    let mut quoted = false;
    for &b in tail {
        match b {
            b'\r' => break,
            b'"' => {
                quoted = !quoted;
                word.get_or_insert_with(Vec::new);
            }
            b' ' | b'\t' if !quoted => words.extend(word.take()),
            _ => word.get_or_insert_with(Vec::new).push(b),
        }
    }
    words.extend(word);
    words
}
