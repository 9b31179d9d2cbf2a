//! Printing an uncaught exception the way CPython does: the chain of
//! causes/contexts, `Traceback (most recent call last):`, one
//! `File "...", line N, in name` entry per frame with its source line and
//! the caret line under the failing expression (bytecode/carets.rs), and
//! `Type: message` (SyntaxError: the offending line with a caret); an
//! exception group in CPython 3.11's boxes (`+-+---- 1 ----`).

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use crate::platform::{platform, Stream};
use crate::vm::builtins::exc_group::is_sequence;
use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::exception::exc_message;
use crate::vm::bytecode::carets::caret_line;
use crate::vm::object::exception::TbEntry;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::Vm;

/// Line `n` (1-based) of file `path` without its line end, if the file can
/// be read and the line is not blank.
fn source_line(path: &str, n: u32) -> Option<String> {
    if path.starts_with('<') {
        return None;
    }
    let data = crate::vm::import::read_file(path).ok()?;
    let text = String::from_utf8_lossy(&data);
    let line = text.split('\n').nth(n.checked_sub(1)? as usize)?;
    let line = line.trim_end_matches('\r');
    (!line.trim().is_empty()).then(|| line.into())
}

/// The summary line for a run of `count` identical traceback entries.
fn flush_repeats(out: &mut String, count: usize) {
    if count > 3 {
        let n = count - 3;
        out.push_str(&format!(
            "  [Previous line repeated {n} more time{}]\n",
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// One traceback entry as its report shows it: file name, line number,
/// function name, and (when the file can be read) the source line and
/// the caret line under the failing expression.
pub struct EntryText {
    pub file: String,
    pub line: u32,
    pub name: String,
    pub source: Option<String>,
    pub carets: Option<String>,
}

impl EntryText {
    pub fn of(entry: &TbEntry) -> EntryText {
        let file = str_of(&Value::Obj(entry.code.filename.clone()))
            .unwrap_or("?")
            .to_owned();
        let line = entry.line();
        let source = source_line(&file, line);
        let carets = source.as_ref().and_then(|src| {
            let loc = entry.code.raw.lines.location(entry.pc);
            caret_line(src, loc)
        });
        EntryText {
            name: String::from(&*entry.code.raw.name),
            file,
            line,
            source,
            carets,
        }
    }
}

/// The `File "...", line N, in name` lines (with source) of a traceback
/// chain. Like CPython, a run of identical entries shows three times, then
/// "[Previous line repeated N more times]".
fn traceback_entries(tb: Value) -> String {
    let mut out = String::new();
    let mut node = tb;
    let mut last: Option<(String, u32, String)> = None;
    let mut repeats = 0usize;
    while let Value::Obj(n) = node {
        let Kind::Traceback(entry, next) = &*n else {
            break;
        };
        let t = EntryText::of(entry);
        let key = (t.file.clone(), t.line, t.name.clone());
        if last.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush_repeats(&mut out, repeats);
            repeats = 1;
            last = Some(key);
        }
        if repeats <= 3 {
            let (file, line, name) = (&t.file, t.line, &t.name);
            out.push_str(&format!("  File \"{file}\", line {line}, in {name}\n"));
            if let Some(src) = &t.source {
                out.push_str(&format!("    {}\n", src.trim()));
                if let Some(carets) = &t.carets {
                    out.push_str(carets);
                    out.push('\n');
                }
            }
        }
        node = next.clone();
    }
    flush_repeats(&mut out, repeats);
    out
}

/// CPython's limits on printing nested groups (`max_group_width/depth`).
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// The report being built: exceptions inside a group are indented two
/// columns per level behind a `| ` margin (CPython's
/// `exception_print_context`).
struct Report {
    out: String,
    /// Exceptions already printed (a chain can loop).
    seen: hashbrown::HashSet<usize>,
    /// Group nesting level of what is printed now (0: not in a group).
    depth: usize,
    /// The last sub-exception of a group is open: close its box after it.
    need_close: bool,
}

impl Report {
    fn indent(&mut self) {
        self.out.extend(core::iter::repeat_n(' ', 2 * self.depth));
    }

    /// The indent and, inside a group, the `| ` margin.
    fn margin(&mut self) {
        self.indent();
        if self.depth > 0 {
            self.out.push_str("| ");
        }
    }

    /// `text` and a newline behind the indent and margin.
    fn line(&mut self, text: &str) {
        self.margin();
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// Every line of `text` (which ends each line with a newline) via `line`.
    fn lines(&mut self, text: &str) {
        text.lines().for_each(|l| self.line(l));
    }
}

impl Vm {
    /// The full report for `e` (with its chain), as CPython prints it.
    pub fn format_exception(&mut self, e: &ObjRef) -> String {
        let mut report = Report {
            out: String::new(),
            seen: hashbrown::HashSet::new(),
            depth: 0,
            need_close: false,
        };
        self.report_recursive(e, &mut report);
        report.out
    }

    /// `e` after its cause or context (CPython's print_exception_recursive).
    /// The chain is walked into a list first and printed oldest first, so
    /// a chain tens of thousands long needs no deep native stack.
    fn report_recursive(&mut self, e: &ObjRef, r: &mut Report) {
        const CAUSE: &str = "The above exception was the direct cause of the following exception:";
        const CONTEXT: &str = "During handling of the above exception, another exception occurred:";
        // (exception, the line printed after it, leading to the newer one)
        let mut chain: Vec<(ObjRef, &str)> = Vec::new();
        let mut at = e.clone();
        r.seen.insert(at.addr());
        while let Some(d) = self.exc_data(&at) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            let (older, msg) = match (cause, context, suppress) {
                (Value::Obj(c), _, _) => (c, CAUSE),
                (_, Value::Obj(c), false) => (c, CONTEXT),
                _ => break,
            };
            if !r.seen.insert(older.addr()) {
                break;
            }
            chain.push((older.clone(), msg));
            at = older;
        }
        let need_close = r.need_close;
        for (older, msg) in chain.iter().rev() {
            self.report_alone(older, r);
            r.need_close = need_close;
            r.line("");
            r.line(msg);
            r.line("");
        }
        self.report_alone(e, r);
    }

    /// `e` without its chain: a group in its boxes, or one exception.
    fn report_alone(&mut self, e: &ObjRef, r: &mut Report) {
        match self.group_exceptions(&Value::Obj(e.clone())) {
            Some(items) => self.report_group(e, &items, r),
            None => self.report_one(e, false, r),
        }
    }

    /// A group, then each sub-exception in its numbered box.
    fn report_group(&mut self, e: &ObjRef, items: &[Value], r: &mut Report) {
        if r.depth > MAX_GROUP_DEPTH {
            r.line(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})"));
            return;
        }
        let top = r.depth == 0;
        if top {
            r.depth = 1;
        }
        self.report_one(e, true, r);
        let shown = items.len().min(MAX_GROUP_WIDTH + 1);
        r.need_close = false;
        for (i, item) in items[..shown].iter().enumerate() {
            let last = i + 1 == shown;
            r.need_close |= last;
            r.indent();
            let corner = if i == 0 { "+-" } else { "  " };
            let label = match i < MAX_GROUP_WIDTH {
                true => format!("{}", i + 1),
                false => "...".into(),
            };
            r.out.push_str(&format!(
                "{corner}+---------------- {label} ----------------\n"
            ));
            r.depth += 1;
            match (i < MAX_GROUP_WIDTH, item.as_obj()) {
                (true, Some(sub)) => self.report_recursive(sub, r),
                _ => {
                    let more = items.len() - MAX_GROUP_WIDTH;
                    let s = if more > 1 { "s" } else { "" };
                    r.line(&format!("and {more} more exception{s}"));
                }
            }
            if last && r.need_close {
                r.indent();
                r.out.push_str("+------------------------------------\n");
                r.need_close = false;
            }
            r.depth -= 1;
        }
        if top {
            r.depth = 0;
        }
    }

    /// One exception: its traceback, then `Type: message`.
    fn report_one(&mut self, e: &ObjRef, is_group: bool, r: &mut Report) {
        let tb = self
            .exc_data(e)
            .map_or(Value::None, |d| d.borrow().traceback.clone());
        if !tb.is_none() {
            r.indent();
            r.out.push_str(match (is_group, r.depth) {
                (true, 1) => "+ ",
                (_, 0) => "",
                _ => "| ",
            });
            if is_group {
                r.out.push_str("Exception Group ");
            }
            r.out.push_str("Traceback (most recent call last):\n");
            r.lines(&traceback_entries(tb));
        }
        let ev = Value::Obj(e.clone());
        if self.exc_is(e, Exc::SyntaxError) {
            let mut body = String::new();
            self.format_syntax_error_body(&ev, &mut body);
            r.lines(&body);
        }
        let line = self.exception_line(e);
        r.line(&line);
        self.report_notes(&ev, r);
    }

    /// The `__notes__` (`add_note`) under the message, each line behind
    /// the margin; a `__notes__` that is a str or no sequence shows its
    /// repr (with no newline after it, as 3.11 prints it).
    fn report_notes(&mut self, ev: &Value, r: &mut Report) {
        let k = self.intern("__notes__");
        let Ok(Some(notes)) = self.get_attr_opt(ev, &k) else {
            return;
        };
        let is_str = matches!(notes.as_obj().map(|o| &**o), Some(Kind::Str(_)));
        let listed = match !is_str && is_sequence(self, &notes) {
            true => self.collect(&notes).ok(),
            false => None,
        };
        let Some(notes) = listed else {
            let s = self
                .repr_string(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
            r.margin();
            r.out.push_str(&s);
            return;
        };
        for note in &notes {
            match self.str_string(note) {
                // CPython splits at every line boundary; DOS text has '\n'.
                Ok(s) => s.split_inclusive('\n').for_each(|piece| {
                    r.margin();
                    r.out.push_str(piece);
                }),
                Err(_) => r.out.push_str("<note str() failed>"),
            }
            r.out.push('\n');
        }
    }

    /// `module.Type: message` (no `: ` when the message is empty).
    fn exception_line(&mut self, e: &ObjRef) -> String {
        let ev = Value::Obj(e.clone());
        let t = self.type_of(&ev);
        let mut name = self.class_name(&t);
        if let Kind::Class(c) = &*t {
            let module = self
                .dict_get_str_quiet(&c.dict, &self.names.module.clone())
                .and_then(|m| str_of(&m).map(String::from));
            if let Some(m) = module {
                if m != "builtins" && m != "__main__" {
                    name = format!("{m}.{}", str_of(&c.qualname.borrow()).unwrap_or("?"));
                }
            }
        }
        let msg = if self.exc_is(e, Exc::SyntaxError) {
            let k = self.intern("msg");
            self.get_attr_opt(&ev, &k)
                .ok()
                .flatten()
                .and_then(|m| str_of(&m).map(String::from))
                .unwrap_or_else(|| exc_message(self, e))
        } else {
            exc_message(self, e)
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    fn format_syntax_error_body(&mut self, ev: &Value, out: &mut String) {
        let get = |vm: &mut Vm, n: &str| {
            let k = vm.intern(n);
            vm.get_attr_opt(ev, &k)
                .ok()
                .flatten()
                .unwrap_or(Value::None)
        };
        let file = get(self, "filename");
        let line = get(self, "lineno");
        let text = get(self, "text");
        let offset = get(self, "offset");
        let end = get(self, "end_offset");
        let file = str_of(&file).unwrap_or("<string>").to_owned();
        let Value::Int(line) = line else { return };
        out.push_str(&format!("  File \"{file}\", line {line}\n"));
        let Some(t) = str_of(&text) else { return };
        // CPython's print_error_text: strip leading blanks (moving the
        // offset), clip to the line, no caret when it falls left of the text.
        let off = match offset {
            Value::Int(o) => o,
            _ => 0,
        };
        let end = match end {
            Value::Int(e) => e,
            _ => 0,
        };
        let end_line = match get(self, "end_lineno") {
            Value::Int(e) => e,
            _ => line,
        };
        let indentation = self.isinstance(ev, &self.exc_class(Exc::IndentationError));
        let text_len = t.trim_end_matches('\n').chars().count() as i64;
        let end = if end_line > line { text_len + 1 } else { end };
        let carets = if !indentation && end > 0 && end > off {
            (end - off) as usize
        } else {
            1
        };
        let stripped = t.trim_start_matches([' ', '\t', '\x0c']);
        let mut col = off - 1 - (t.chars().count() - stripped.chars().count()) as i64;
        let body = stripped.strip_suffix('\n').unwrap_or(stripped);
        let len = body.chars().count() as i64;
        if col > len {
            col = len;
        }
        out.push_str(&format!("    {body}\n"));
        if col < 0 {
            return;
        }
        out.push_str("    ");
        out.extend(core::iter::repeat_n(' ', col as usize));
        out.extend(core::iter::repeat_n('^', carets));
        out.push('\n');
    }

    /// Print the report for an uncaught exception to `sys.stderr` (the
    /// console's standard error unless the script replaced it).
    pub fn print_exception(&mut self, e: &ObjRef) {
        let s = self.format_exception(e);
        let stderr = self.sys_stderr();
        if !stderr.is_none() {
            let write = self.intern("write");
            let text = self.new_str_value(s.clone());
            let written = self
                .get_attr(&stderr, &write)
                .and_then(|w| self.call(&w, &[text]));
            if written.is_ok() {
                return;
            }
        }
        platform().write(Stream::Stderr, s.as_bytes());
    }
}

use alloc::borrow::ToOwned;
