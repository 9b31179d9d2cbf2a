//! The editor driven key by key; its output is played on a model screen
//! row (text overwrites, BS moves left) to check what the user would see.

use super::ansi::AnsiDecoder;
use super::*;
use alloc::string::ToString;
use alloc::vec;

/// A one-row console: what the editor's bytes leave on screen.
#[derive(Default)]
struct Screen {
    row: Vec<char>,
    col: usize,
}

impl Screen {
    fn play(&mut self, bytes: &[u8]) {
        for c in core::str::from_utf8(bytes).unwrap().chars() {
            match c {
                '\x08' => self.col = self.col.checked_sub(1).expect("BS past column 0"),
                '\n' => {}
                _ => {
                    if self.col == self.row.len() {
                        self.row.push(c);
                    } else {
                        self.row[self.col] = c;
                    }
                    self.col += 1;
                }
            }
        }
    }

    fn text(&self) -> String {
        self.row.iter().collect::<String>().trim_end().to_string()
    }
}

/// Feeds keys; returns the screen and the outcome of the last key.
fn type_keys(ed: &mut LineEditor, keys: &[Key]) -> (Screen, Option<Outcome>) {
    let mut screen = Screen::default();
    let mut last = None;
    for &k in keys {
        let mut out = Vec::new();
        last = ed.feed(k, &mut out);
        screen.play(&out);
    }
    (screen, last)
}

fn chars(s: &str) -> Vec<Key> {
    s.chars().map(Key::Char).collect()
}

fn keys(parts: &[&[Key]]) -> Vec<Key> {
    parts.concat()
}

#[test]
fn typed_text_is_echoed_and_returned() {
    let mut ed = LineEditor::new();
    let (screen, out) = type_keys(&mut ed, &keys(&[&chars("x = 1é"), &[Key::Enter]]));
    assert_eq!(screen.text(), "x = 1é");
    assert_eq!(out, Some(Outcome::Line("x = 1é".into())));
}

#[test]
fn insert_in_the_middle_after_left_arrow() {
    let mut ed = LineEditor::new();
    let k = keys(&[&chars("prnt(1)"), &[Key::Left; 5], &chars("i")]);
    let (screen, _) = type_keys(&mut ed, &k);
    assert_eq!(screen.text(), "print(1)");
    assert_eq!(screen.col, 3);
    let (_, out) = type_keys(&mut ed, &[Key::Enter]);
    assert_eq!(out, Some(Outcome::Line("print(1)".into())));
}

#[test]
fn backspace_delete_home_end() {
    let mut ed = LineEditor::new();
    let k = keys(&[
        &chars("abcdef"),
        &[Key::Backspace, Key::Home, Key::Delete, Key::End],
        &chars("!"),
        &[Key::Home, Key::Right, Key::Backspace],
    ]);
    let (screen, _) = type_keys(&mut ed, &k);
    assert_eq!(screen.text(), "cde!");
    assert_eq!(screen.col, 0);
}

#[test]
fn kill_to_end_and_to_start() {
    let mut ed = LineEditor::new();
    let k = keys(&[&chars("hello world"), &[Key::Left; 6], &[Key::KillToEnd]]);
    let (screen, _) = type_keys(&mut ed, &k);
    assert_eq!(screen.text(), "hello");
    let mut ed = LineEditor::new();
    let k = keys(&[&chars("hello world"), &[Key::Left; 5], &[Key::KillToStart]]);
    let (screen, out) = type_keys(&mut ed, &k);
    assert_eq!((screen.text().as_str(), screen.col), ("world", 0));
    assert_eq!(out, None);
}

#[test]
fn history_up_and_down_keep_the_draft() {
    let mut ed = LineEditor::new();
    type_keys(&mut ed, &keys(&[&chars("first"), &[Key::Enter]]));
    type_keys(&mut ed, &keys(&[&chars("second line"), &[Key::Enter]]));
    let k = keys(&[&chars("dr"), &[Key::Up]]);
    let (screen, _) = type_keys(&mut ed, &k);
    assert_eq!(screen.text(), "second line");
    let mut out = Vec::new();
    let mut screen2 = screen;
    for key in [Key::Up, Key::Up] {
        ed.feed(key, &mut out);
    }
    screen2.play(&out);
    assert_eq!(screen2.text(), "first");
    out.clear();
    ed.feed(Key::Down, &mut out);
    ed.feed(Key::Down, &mut out);
    screen2.play(&out);
    assert_eq!(screen2.text(), "dr");
    assert_eq!(screen2.col, 2);
    out.clear();
    assert_eq!(
        ed.feed(Key::Enter, &mut out),
        Some(Outcome::Line("dr".into()))
    );
}

#[test]
fn history_keeps_the_last_entries_only() {
    let mut ed = LineEditor::new();
    for i in 0..HISTORY_SIZE + 5 {
        type_keys(
            &mut ed,
            &keys(&[&chars(&alloc::format!("{i}")), &[Key::Enter]]),
        );
    }
    let (screen, _) = type_keys(&mut ed, &vec![Key::Up; HISTORY_SIZE + 10]);
    assert_eq!(screen.text(), "5");
}

#[test]
fn ctrl_c_drops_the_line_and_ctrl_d_ends_only_an_empty_line() {
    let mut ed = LineEditor::new();
    let (_, out) = type_keys(&mut ed, &keys(&[&chars("abc"), &[Key::Interrupt]]));
    assert_eq!(out, Some(Outcome::Interrupted));
    let (screen, out) = type_keys(
        &mut ed,
        &keys(&[&chars("ab"), &[Key::Home, Key::EndOfInput]]),
    );
    assert_eq!((screen.text().as_str(), out), ("b", None));
    let mut ed = LineEditor::new();
    assert_eq!(
        type_keys(&mut ed, &[Key::EndOfInput]).1,
        Some(Outcome::EndOfInput)
    );
}

#[test]
fn ctrl_z_then_enter_ends_input() {
    let mut ed = LineEditor::new();
    let (screen, out) = type_keys(&mut ed, &[Key::CtrlZ, Key::Char('x'), Key::Enter]);
    assert_eq!(
        (screen.text().as_str(), out),
        ("^Z", Some(Outcome::EndOfInput))
    );
    let k = [Key::CtrlZ, Key::Backspace, Key::Char('1'), Key::Enter];
    let (screen, out) = type_keys(&mut ed, &k);
    assert_eq!(
        (screen.text().as_str(), out),
        ("1", Some(Outcome::Line("1".into())))
    );
}

#[test]
fn tab_indents_four_spaces() {
    let mut ed = LineEditor::new();
    let (_, out) = type_keys(
        &mut ed,
        &keys(&[&[Key::Char('\t')], &chars("pass"), &[Key::Enter]]),
    );
    assert_eq!(out, Some(Outcome::Line("    pass".into())));
}

fn decode(bytes: &[u8]) -> Vec<Key> {
    let mut d = AnsiDecoder::default();
    bytes.iter().filter_map(|&b| d.push(b)).collect()
}

#[test]
fn ansi_sequences_become_keys() {
    let k = decode(b"a\x1b[A\x1b[B\x1b[C\x1b[D\x1bOH\x1bOF\x1b[1~\x1b[4~\x1b[3~\x1b[H\x1b[F\x1b[5~\x1b[1;5Cb\r");
    use Key::*;
    let want = [
        Char('a'),
        Up,
        Down,
        Right,
        Left,
        Home,
        End,
        Home,
        End,
        Delete,
        Home,
        End,
        Right,
        Char('b'),
        Enter,
    ];
    assert_eq!(k, want);
}

#[test]
fn control_bytes_and_utf8_become_keys() {
    use Key::*;
    let k = decode("\x01\x05\x0b\x15\x03\x04\x1a\x7fé€\x07\x1bx".as_bytes());
    let want = [
        Home,
        End,
        KillToEnd,
        KillToStart,
        Interrupt,
        EndOfInput,
        CtrlZ,
        Backspace,
        Char('é'),
        Char('€'),
        Char('x'),
    ];
    assert_eq!(k, want);
}

#[test]
fn bios_keystrokes_become_keys() {
    use super::bios::bios_key;
    use Key::*;
    let codes = [
        0x4800, 0x50e0, 0x4b00, 0x4de0, 0x4700, 0x4f00, 0x5300, 0x1e61, 0x1c0d, 0x0e08, 0x2e03,
        0x2c1a, 0x0000, 0x011b, 0x3b00,
    ];
    let keys: Vec<Option<Key>> = codes.iter().map(|&c| bios_key(c)).collect();
    let want = [
        Some(Up),
        Some(Down),
        Some(Left),
        Some(Right),
        Some(Home),
        Some(End),
        Some(Delete),
        Some(Char('a')),
        Some(Enter),
        Some(Backspace),
        Some(Interrupt),
        Some(CtrlZ),
        None,
        None,
        None,
    ];
    assert_eq!(keys, want);
}
