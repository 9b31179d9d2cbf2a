//! Turning PC BIOS keystrokes (INT 16h: scan code in the high byte, the
//! character in the low byte) into [`Key`]s. The editing keys have no
//! character: AL is 00h, or E0h for the grey keys of an enhanced keyboard.

use super::{ascii_key, Key};

/// The key for BIOS keystroke `code`; None for keys the editor ignores
/// (function keys, Esc, Alt combinations, Ctrl-Break's 0000h).
pub fn bios_key(code: u16) -> Option<Key> {
    let [character, scan] = code.to_le_bytes();
    match character {
        0x00 | 0xe0 if scan != 0 => match scan {
            0x48 => Some(Key::Up),
            0x50 => Some(Key::Down),
            0x4b => Some(Key::Left),
            0x4d => Some(Key::Right),
            0x47 => Some(Key::Home),
            0x4f => Some(Key::End),
            0x53 => Some(Key::Delete),
            _ => None,
        },
        // Code page 437 letters are not text the editor can store yet.
        0x80..=0xff => None,
        _ => ascii_key(character),
    }
}
