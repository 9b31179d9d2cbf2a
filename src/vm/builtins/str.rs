//! `str`: construction, indexing and slicing, and the str methods.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::{add_method, bound_arg, int_arg, method_args};
use crate::vm::eval::room::push_with_room;
use crate::vm::object::bytes_like::byte_view;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::text::{self, char_class, FormatFields, TextError};
use crate::vm::{PyResult, Vm};

/// `s[k]` for a str.
pub fn str_getitem(vm: &mut Vm, o: &ObjRef, k: &Value) -> PyResult<Value> {
    let Kind::Str(s) = &**o else {
        return Ok(Value::None);
    };
    if let Some(i) = crate::vm::eval::ops::as_int(k) {
        let j = vm.seq_index(i, s.char_len(), "string")?;
        return Ok(vm.char_value(s.char_at(j)));
    }
    if let Some(Kind::Slice(..)) = k.as_obj().map(|x| &**x) {
        let sl = vm.resolve_slice(k.as_obj().expect("slice"), s.char_len())?;
        let text = s.as_str();
        let out: String = if let Some(run) = sl.run() {
            // One run of characters: one copy of its bytes.
            let (a, e) = (s.byte_offset(run.start), s.byte_offset(run.end));
            let mut out = vm.string_with_room(e - a)?;
            out.push_str(&text[a..e]);
            out
        } else if s.is_ascii() {
            let b = text.as_bytes();
            sl.indices().map(|i| b[i] as char).collect()
        } else {
            let chars: Vec<char> = text.chars().collect();
            sl.indices().map(|i| chars[i]).collect()
        };
        return Ok(vm.new_str_value(out));
    }
    if let Some(i) = vm.index_value(k)? {
        return str_getitem(vm, o, &Value::Int(i));
    }
    let m = format!("string indices must be integers, not '{}'", vm.type_name(k));
    Err(vm.type_error(m))
}

/// The `self` str of a str method.
fn this<'a>(vm: &mut Vm, args: Args<'a>, name: &str) -> PyResult<&'a str> {
    match args.vals.first().and_then(str_of) {
        Some(s) => Ok(s),
        None => {
            let m = format!("descriptor '{name}' requires a 'str' object");
            Err(vm.type_error(m))
        }
    }
}

/// An argument that must be a str.
fn str_arg<'a>(vm: &mut Vm, v: &'a Value, what: &str) -> PyResult<&'a str> {
    match str_of(v) {
        Some(s) => Ok(s),
        None => {
            let sep = if what.is_empty() { "" } else { " " };
            let m = format!("{what}{sep}must be str, not {}", vm.type_name(v));
            Err(vm.type_error(m))
        }
    }
}

/// The `start`/`end` arguments of find/count/startswith as a byte range of `s`.
fn char_range(vm: &mut Vm, s: &str, args: &[Value]) -> PyResult<Option<(usize, usize)>> {
    let n = s.chars().count() as i64;
    let norm = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match args.first() {
        None | Some(Value::None) => 0,
        Some(v) => {
            let s = bound_arg(vm, v)?;
            if s > n {
                return Ok(None);
            }
            norm(s)
        }
    };
    let end = match args.get(1) {
        None | Some(Value::None) => n,
        Some(v) => norm(bound_arg(vm, v)?),
    };
    if start > end {
        return Ok(None);
    }
    let to_byte =
        |c: i64| -> usize { s.char_indices().nth(c as usize).map_or(s.len(), |(b, _)| b) };
    if s.is_ascii() {
        return Ok(Some((start as usize, end as usize)));
    }
    Ok(Some((to_byte(start), to_byte(end))))
}

fn char_index(s: &str, byte: usize) -> i64 {
    if s.is_ascii() {
        byte as i64
    } else {
        s[..byte].chars().count() as i64
    }
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Option<i64>> {
    method_args(vm, args, name, 1, 3)?;
    let s = this(vm, args, name)?;
    let sub = str_arg(vm, &args.vals[1], "")?;
    let Some((a, b)) = char_range(vm, s, &args.vals[2..])? else {
        return Ok(None);
    };
    let hay = &s[a..b];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|p| char_index(s, a + p)))
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "find", false)?.unwrap_or(-1),
    ))
}

fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(
        find_impl(vm, args, "rfind", true)?.unwrap_or(-1),
    ))
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "index", false)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, args, "rindex", true)? {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("substring not found")),
    }
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "count", 1, 3)?;
    let s = this(vm, args, "count")?;
    let sub = str_arg(vm, &args.vals[1], "")?;
    let Some((a, b)) = char_range(vm, s, &args.vals[2..])? else {
        return Ok(Value::Int(0));
    };
    let hay = &s[a..b];
    let n = if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn starts_ends(vm: &mut Vm, args: Args, name: &str, ends: bool) -> PyResult<Value> {
    method_args(vm, args, name, 1, 3)?;
    let s = this(vm, args, name)?;
    let Some((a, b)) = char_range(vm, s, &args.vals[2..])? else {
        return Ok(Value::Bool(false));
    };
    let hay = &s[a..b];
    let test = |p: &str| {
        if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    };
    match args.vals[1].as_obj().map(|o| &**o) {
        Some(Kind::Str(p)) => Ok(Value::Bool(test(p.as_str()))),
        Some(Kind::Tuple(t)) => {
            for p in t.iter() {
                let p = str_arg(vm, p, "")?;
                if test(p) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        _ => {
            let m = format!(
                "{name} first arg must be str or a tuple of str, not {}",
                vm.type_name(&args.vals[1])
            );
            Err(vm.type_error(m))
        }
    }
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "startswith", false)
}

fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    starts_ends(vm, args, "endswith", true)
}

fn maxsplit_arg(vm: &mut Vm, args: Args, pos: usize) -> PyResult<i64> {
    match args
        .vals
        .get(pos)
        .filter(|_| pos < args.pos().len())
        .or_else(|| args.kwarg("maxsplit"))
    {
        // No string has more parts than a machine word counts: clamped,
        // so `maxsplit as usize + 1` never wraps (on DOS 2**32 + 1 was 1).
        Some(v) => Ok(int_arg(vm, v)?.min(isize::MAX as i64 - 1)),
        None => Ok(-1),
    }
}

fn sep_arg<'a>(vm: &mut Vm, args: Args<'a>) -> PyResult<Option<&'a str>> {
    match args.pos().get(1).or_else(|| args.kwarg("sep")) {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let s = str_arg(vm, v, "")?;
            if s.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Ok(Some(s))
        }
    }
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, args, "split")?;
    let sep = sep_arg(vm, args)?;
    let maxsplit = maxsplit_arg(vm, args, 2)?;
    let parts: Option<Vec<&str>> = match sep {
        Some(sep) if maxsplit < 0 => collect_with_room(s.split(sep)),
        Some(sep) => collect_with_room(s.splitn(maxsplit as usize + 1, sep)),
        None => split_whitespace(s, maxsplit),
    };
    parts_list(vm, parts)
}

/// The parts of a split, collected growing fallibly: None when memory ran out.
fn collect_with_room<'a>(parts: impl Iterator<Item = &'a str>) -> Option<Vec<&'a str>> {
    let mut out = Vec::new();
    for p in parts {
        push_with_room(&mut out, p).ok()?;
    }
    Some(out)
}

/// The list of a split's parts; MemoryError when they did not fit.
fn parts_list(vm: &mut Vm, parts: Option<Vec<&str>>) -> PyResult<Value> {
    let parts = parts.ok_or_else(|| vm.no_memory())?;
    let items = vm.make_values(parts.into_iter(), |vm, p| vm.new_str_value(p.into()))?;
    Ok(vm.new_list(items))
}

/// `str.split()` with no separator: runs of whitespace, at most `maxsplit` splits.
fn split_whitespace(s: &str, maxsplit: i64) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(char_class::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            push_with_room(&mut out, rest).ok()?;
            break;
        }
        match rest.find(char_class::is_space) {
            Some(i) => {
                push_with_room(&mut out, &rest[..i]).ok()?;
                rest = rest[i..].trim_start_matches(char_class::is_space);
            }
            None => {
                push_with_room(&mut out, rest).ok()?;
                break;
            }
        }
    }
    Some(out)
}

/// `str.rsplit()` with no separator, parts last first.
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Option<Vec<&str>> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(char_class::is_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 == maxsplit {
            push_with_room(&mut out, rest).ok()?;
            break;
        }
        match rest.rfind(char_class::is_space) {
            Some(i) => {
                let ws = rest[i..].chars().next().map_or(1, char::len_utf8);
                push_with_room(&mut out, &rest[i + ws..]).ok()?;
                rest = rest[..i].trim_end_matches(char_class::is_space);
            }
            None => {
                push_with_room(&mut out, rest).ok()?;
                break;
            }
        }
    }
    Some(out)
}

fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, args, "rsplit")?;
    let sep = sep_arg(vm, args)?;
    let maxsplit = maxsplit_arg(vm, args, 2)?;
    let mut parts = match sep {
        Some(sep) if maxsplit < 0 => collect_with_room(s.rsplit(sep)),
        Some(sep) => collect_with_room(s.rsplitn(maxsplit as usize + 1, sep)),
        None => rsplit_whitespace(s, maxsplit),
    };
    if let Some(p) = parts.as_mut() {
        p.reverse();
    }
    parts_list(vm, parts)
}

fn splitlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, args, "splitlines")?;
    let keep = match args.pos().get(1).or_else(|| args.kwarg("keepends")) {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut items = Vec::new();
    let mut start = 0;
    let bytes: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (b, c) = bytes[i];
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && bytes.get(i + 1).map(|x| x.1) == Some('\n') {
                end += 1;
                i += 1;
            }
            let line = if keep { &s[start..end] } else { &s[start..b] };
            items.push(vm.new_str_value(line.into()));
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        items.push(vm.new_str_value(s[start..].into()));
    }
    Ok(vm.new_list(items))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "join", 1, 1)?;
    let sep = this(vm, args, "join")?;
    let items = vm.collect(&args.vals[1])?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        match str_of(it) {
            Some(s) => parts.push(s),
            None => {
                let m = format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(it)
                );
                return Err(vm.type_error(m));
            }
        }
    }
    let seps = sep.len().saturating_mul(parts.len().saturating_sub(1));
    let total = parts.iter().fold(seps, |n, p| n.saturating_add(p.len()));
    let mut out = vm.string_with_room(total)?;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part);
    }
    Ok(vm.new_str_value(out))
}

fn strip_impl(vm: &mut Vm, args: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    method_args(vm, args, name, 0, 1)?;
    let s = this(vm, args, name)?;
    let chars: Option<Vec<char>> = match args.vals.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(str_arg(vm, v, "strip arg")?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => char_class::is_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() {
        return Ok(args.vals[0].clone());
    }
    Ok(vm.new_str_value(r.into()))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "strip", true, true)
}

fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "lstrip", true, false)
}

fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, "rstrip", false, true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "replace", 2, 3)?;
    let s = this(vm, args, "replace")?;
    let old = str_arg(vm, &args.vals[1], "replace() argument 1")?;
    let new = str_arg(vm, &args.vals[2], "replace() argument 2")?;
    let count = match args.vals.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = usize::try_from(count).unwrap_or(usize::MAX);
    let hits = if old.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(old).count()
    }
    .min(limit);
    let total = (s.len() - hits * old.len()).saturating_add(hits.saturating_mul(new.len()));
    let mut r = vm.string_with_room(total)?;
    if old.is_empty() {
        for (n, c) in s.chars().enumerate() {
            if n < hits {
                r.push_str(new);
            }
            r.push(c);
        }
        if hits > s.chars().count() {
            r.push_str(new);
        }
    } else {
        let mut last = 0;
        for (at, _) in s.match_indices(old).take(hits) {
            r.push_str(&s[last..at]);
            r.push_str(new);
            last = at + old.len();
        }
        r.push_str(&s[last..]);
    }
    Ok(vm.new_str_value(r))
}

fn map_chars(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    method_args(vm, args, name, 0, 0)?;
    let s = this(vm, args, name)?;
    vm.check_room(s.len())?;
    let r = f(s);
    Ok(vm.new_str_value(r))
}

fn upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_chars(vm, args, "str.upper", |s| s.to_uppercase())
}

fn lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_chars(vm, args, "str.lower", |s| s.to_lowercase())
}

fn casefold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_chars(vm, args, "str.casefold", |s| {
        s.to_lowercase().replace('ß', "ss")
    })
}

fn swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_chars(vm, args, "str.swapcase", |s| {
        s.chars()
            .flat_map(|c| {
                let v: Vec<char> = if c.is_uppercase() {
                    c.to_lowercase().collect()
                } else {
                    c.to_uppercase().collect()
                };
                v
            })
            .collect()
    })
}

fn capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_chars(vm, args, "str.capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(c) => {
                let mut out: String = c.to_uppercase().collect();
                out.push_str(&cs.as_str().to_lowercase());
                out
            }
            None => String::new(),
        }
    })
}

fn title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    map_chars(vm, args, "str.title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = c.is_alphabetic();
        }
        out
    })
}

fn test_chars(vm: &mut Vm, args: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    method_args(vm, args, name, 0, 0)?;
    let s = this(vm, args, name)?;
    Ok(Value::Bool(f(s)))
}

fn all_nonempty(s: &str, f: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(f)
}

fn isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isdigit", |s| {
        all_nonempty(s, char_class::is_digit)
    })
}

fn isdecimal(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isdecimal", |s| {
        all_nonempty(s, char_class::is_decimal)
    })
}

fn isnumeric(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isnumeric", |s| {
        all_nonempty(s, char_class::is_numeric)
    })
}

fn isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isalpha", |s| {
        all_nonempty(s, char_class::is_alpha)
    })
}

fn isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isalnum", |s| {
        all_nonempty(s, char_class::is_alnum)
    })
}

fn isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isspace", |s| {
        all_nonempty(s, char_class::is_space)
    })
}

fn isascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isascii", |s| s.is_ascii())
}

fn isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isupper", |s| {
        s.chars().any(|c| c.is_uppercase()) && !s.chars().any(|c| c.is_lowercase())
    })
}

fn islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.islower", |s| {
        s.chars().any(|c| c.is_lowercase()) && !s.chars().any(|c| c.is_uppercase())
    })
}

fn istitle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}

fn isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isidentifier", text::is_identifier)
}

fn isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    test_chars(vm, args, "str.isprintable", text::is_printable)
}

fn fill_arg(vm: &mut Vm, args: Args, name: &str) -> PyResult<(usize, char)> {
    method_args(vm, args, name, 1, 2)?;
    let w = int_arg(vm, &args.vals[1])?;
    let fill = match args.vals.get(2) {
        Some(v) => {
            let f = str_of(v).filter(|f| f.chars().count() == 1);
            match f {
                Some(f) => f.chars().next().unwrap_or(' '),
                None => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    );
                }
            }
        }
        None => ' ',
    };
    Ok((crate::vm::object::int::clamp_size(w), fill))
}

fn pad(vm: &mut Vm, s: &str, left: usize, right: usize, fill: char) -> PyResult<Value> {
    let fills = left.saturating_add(right).saturating_mul(fill.len_utf8());
    let mut out = vm.string_with_room(s.len().saturating_add(fills))?;
    out.extend(core::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(core::iter::repeat_n(fill, right));
    Ok(vm.new_str_value(out))
}

fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, args, "center")?;
    let s = this(vm, args, "center")?;
    let n = s.chars().count();
    if w <= n {
        return Ok(args.vals[0].clone());
    }
    let marg = w - n;
    let left = marg / 2 + (marg & w & 1);
    pad(vm, s, left, marg - left, fill)
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, args, "ljust")?;
    let s = this(vm, args, "ljust")?;
    let n = s.chars().count();
    pad(vm, s, 0, w.saturating_sub(n), fill)
}

fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (w, fill) = fill_arg(vm, args, "rjust")?;
    let s = this(vm, args, "rjust")?;
    let n = s.chars().count();
    pad(vm, s, w.saturating_sub(n), 0, fill)
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "zfill", 1, 1)?;
    let s = this(vm, args, "zfill")?;
    let w = crate::vm::object::int::clamp_size(int_arg(vm, &args.vals[1])?);
    let n = s.chars().count();
    if w <= n {
        return Ok(args.vals[0].clone());
    }
    let (sign, rest) = match s.as_bytes().first() {
        Some(b'+') | Some(b'-') => (&s[..1], &s[1..]),
        _ => ("", s),
    };
    let mut out = vm.string_with_room(s.len() + (w - n))?;
    out.push_str(sign);
    out.extend(core::iter::repeat_n('0', w - n));
    out.push_str(rest);
    Ok(vm.new_str_value(out))
}

fn partition_impl(vm: &mut Vm, args: Args, name: &str, rev: bool) -> PyResult<Value> {
    method_args(vm, args, name, 1, 1)?;
    let s = this(vm, args, name)?;
    let sep = str_arg(vm, &args.vals[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts: [&str; 3] = match found {
        Some(i) => [&s[..i], sep, &s[i + sep.len()..]],
        None if rev => ["", "", s],
        None => [s, "", ""],
    };
    let items = parts
        .iter()
        .map(|p| vm.new_str_value((*p).into()))
        .collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "partition", false)
}

fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, "rpartition", true)
}

/// The `tabsize` of str/bytes `expandtabs` (a C int in CPython: past its
/// range OverflowError), as a column count; 0 when not positive.
pub(super) fn tabsize_arg(vm: &mut Vm, args: Args) -> PyResult<usize> {
    let size = match args.pos().get(1).or_else(|| args.kwarg("tabsize")) {
        Some(v) => super::c_int_arg(vm, v)?,
        None => 8,
    };
    Ok(crate::vm::object::int::clamp_size(size.into()))
}

fn expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, args, "expandtabs")?;
    let size = tabsize_arg(vm, args)?;
    let mut out = String::new();
    let mut col = 0usize;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.try_reserve(n).map_err(|_| vm.no_memory())?;
                    out.extend(core::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str_value(out))
}

fn encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, args, "encode")?;
    let names = super::bytes_new::codec_args(vm, args, 1, "encode")?;
    let data = super::bytes_new::encode_with(vm, s, names)?;
    Ok(super::bytes::new_bytes(data))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "removeprefix", 1, 1)?;
    let s = this(vm, args, "removeprefix")?;
    let p = str_arg(vm, &args.vals[1], "removeprefix() argument")?;
    match s.strip_prefix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str_value(r.into())),
        _ => Ok(args.vals[0].clone()),
    }
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "removesuffix", 1, 1)?;
    let s = this(vm, args, "removesuffix")?;
    let p = str_arg(vm, &args.vals[1], "removesuffix() argument")?;
    match s.strip_suffix(p) {
        Some(r) if !p.is_empty() => Ok(vm.new_str_value(r.into())),
        _ => Ok(args.vals[0].clone()),
    }
}

/// `str.format` / `format_map` fields backed by the VM.
struct Fields<'a, 'b> {
    vm: &'a mut Vm,
    args: Args<'b>,
    mapping: Option<Value>,
}

/// Errors of str.format: the engine's, or raised by Python code.
enum FmtErr {
    Text(TextError),
    Py(ObjRef),
}

impl From<TextError> for FmtErr {
    fn from(e: TextError) -> FmtErr {
        FmtErr::Text(e)
    }
}

impl FormatFields for Fields<'_, '_> {
    type Value = Value;
    type Error = FmtErr;

    fn positional(&mut self, index: usize) -> Result<Option<Value>, FmtErr> {
        if self.mapping.is_some() {
            return Err(FmtErr::Text(text::positional_in_format_map()));
        }
        Ok(self.args.pos().get(index + 1).cloned())
    }

    fn keyword(&mut self, name: &str) -> Result<Value, FmtErr> {
        if let Some(m) = self.mapping.clone() {
            let k = self.vm.new_str_value(name.into());
            return self.vm.getitem(&m, &k).map_err(FmtErr::Py);
        }
        match self.args.kwarg(name) {
            Some(v) => Ok(v.clone()),
            None => {
                let k = self.vm.new_str_value(name.into());
                Err(FmtErr::Py(self.vm.key_error(k)))
            }
        }
    }

    fn attribute(&mut self, value: Value, name: &str) -> Result<Value, FmtErr> {
        let n = self.vm.intern(name);
        self.vm.get_attr(&value, &n).map_err(FmtErr::Py)
    }

    fn item_str(&mut self, value: Value, key: &str) -> Result<Value, FmtErr> {
        let k = self.vm.new_str_value(key.into());
        self.vm.getitem(&value, &k).map_err(FmtErr::Py)
    }

    fn item_index(&mut self, value: Value, index: usize) -> Result<Value, FmtErr> {
        self.vm
            .getitem(&value, &Value::Int(index as i64))
            .map_err(FmtErr::Py)
    }

    fn convert(&mut self, value: Value, conversion: char) -> Result<Value, FmtErr> {
        let s = match conversion {
            'r' => self.vm.repr_string(&value),
            'a' => self.vm.ascii_string(&value),
            _ => self.vm.str_string(&value),
        }
        .map_err(FmtErr::Py)?;
        Ok(self.vm.new_str_value(s))
    }

    fn format(&mut self, value: &Value, spec: &str, out: &mut String) -> Result<(), FmtErr> {
        let s = self.vm.format(value, spec).map_err(FmtErr::Py)?;
        out.push_str(&s);
        Ok(())
    }
}

fn run_format(vm: &mut Vm, args: Args, mapping: Option<Value>) -> PyResult<Value> {
    let f = this(vm, args, "format")?;
    let mut out = String::new();
    let mut fields = Fields { vm, args, mapping };
    let r = text::brace_format(&mut out, f, &mut fields);
    match r {
        Ok(()) => Ok(vm.new_str_value(out)),
        Err(FmtErr::Text(e)) => Err(vm.text_error(e)),
        Err(FmtErr::Py(e)) => Err(e),
    }
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_format(vm, args, None)
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "format_map", 1, 1)?;
    let m = args.vals[1].clone();
    run_format(
        vm,
        Args {
            vals: &args.vals[..1],
            kwnames: &[],
        },
        Some(m),
    )
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos()[1..];
    match pos.first() {
        None => Ok(Value::Obj(vm.intern(""))),
        Some(v) => {
            let [enc, errors] = super::bytes_new::codec_args(vm, args, 2, "str")?;
            if let (Some(b), true) = (byte_view(v), enc.is_some() || errors.is_some()) {
                let enc = enc.as_deref().unwrap_or("utf-8");
                let errors = errors.as_deref().unwrap_or("strict");
                return match super::codecs::decode(&b, enc, errors) {
                    Ok(s) => Ok(vm.new_str_value(s)),
                    Err(e) => Err(super::bytes_new::codec_error(vm, e)),
                };
            }
            vm.str_value(v)
        }
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to str/None.
fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos();
    let table = crate::vm::eval::mapping::new_dict();
    match pos.len() {
        1 => {
            for (k, v) in vm.mapping_items(&pos[0])? {
                let key = match str_of(&k) {
                    Some(s) if s.chars().count() == 1 => {
                        Value::Int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    Some(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                    None => k,
                };
                vm.dict_set(&table, key, v)?;
            }
        }
        2 | 3 => {
            let x: Vec<char> = str_arg(vm, &pos[0], "maketrans() argument 1")?
                .chars()
                .collect();
            let y: Vec<char> = str_arg(vm, &pos[1], "maketrans() argument 2")?
                .chars()
                .collect();
            if x.len() != y.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (a, b) in x.into_iter().zip(y) {
                let bv = vm.char_value(b);
                vm.dict_set(&table, Value::Int(a as i64), bv)?;
            }
            if let Some(z) = pos.get(2) {
                let z: Vec<char> = str_arg(vm, z, "maketrans() argument 3")?.chars().collect();
                for c in z {
                    vm.dict_set(&table, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        n => return Err(vm.type_error(format!("maketrans expected at most 3 arguments, got {n}"))),
    }
    Ok(Value::Obj(table))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "translate", 1, 1)?;
    let s = this(vm, args, "translate")?;
    let table = args.vals[1].clone();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(v) => Some(v),
            Err(e) if vm.exc_is(&e, Exc::LookupError) => None,
            Err(e) => return Err(e),
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Int(n)) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(m) => out.push(m),
                None => return Err(vm.value_error("character mapping must be in range(0x110000)")),
            },
            Some(v) => match str_of(&v) {
                Some(t) => out.push_str(t),
                None => {
                    return Err(vm.type_error("character mapping must return integer, None or str"))
                }
            },
        }
    }
    Ok(vm.new_str_value(out))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "str.__len__", 0, 0)?;
    let s = this(vm, args, "__len__")?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "str.__mod__", 1, 1)?;
    vm.percent_format(&args.vals[0], &args.vals[1])
}

/// `str.__str__(s)`: the text itself, as a plain str (for a subclass
/// instance too, whose own `__repr__` must not be used).
fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args(vm, args, "__str__", 0, 0)?;
    match str_of(&args.vals[0]) {
        Some(s) => {
            let s = String::from(s);
            Ok(vm.new_str_value(s))
        }
        None => Err(vm.type_error("descriptor '__str__' requires a 'str' object")),
    }
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let methods: &[(&'static str, crate::vm::object::func::NativeFn)] = &[
        ("__new__", str_new),
        ("__str__", str_str),
        ("__len__", str_len),
        ("__mod__", str_mod),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format", format),
        ("format_map", format_map),
        ("translate", translate),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
    let mt = super::native(vm, "str.maketrans", maketrans, false);
    let k = vm.intern("maketrans");
    if let Kind::Class(c) = &*t {
        vm.dict_set_str(&c.dict, k, Value::Obj(ObjRef::new(Kind::StaticMethod(mt))));
    }
}
