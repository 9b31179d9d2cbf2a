//! `os.path`: path strings split and joined by the platform's rules
//! (posixpath on the host, ntpath's drive letters and both slashes on DOS),
//! and the existence tests that ask the platform's `stat`.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;

use super::{dos_paths, path_arg};
use crate::platform::platform;
use crate::vm::builtins::arg_count;
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The separator rules in force.
#[derive(Clone, Copy)]
struct Flavor {
    dos: bool,
}

impl Flavor {
    fn current() -> Self {
        Flavor { dos: dos_paths() }
    }

    fn sep(self) -> char {
        if self.dos {
            '\\'
        } else {
            '/'
        }
    }

    fn is_sep(self, c: char) -> bool {
        c == '/' || (self.dos && c == '\\')
    }

    /// ("C:", rest) on DOS when the path starts with a drive letter.
    fn split_drive(self, p: &str) -> (&str, &str) {
        let b = p.as_bytes();
        if self.dos && b.len() >= 2 && b[1] == b':' && b[0].is_ascii_alphabetic() {
            p.split_at(2)
        } else {
            ("", p)
        }
    }

    fn is_abs(self, p: &str) -> bool {
        self.split_drive(p).1.starts_with(|c| self.is_sep(c))
    }

    fn join(self, parts: &[String]) -> String {
        let mut out = parts[0].clone();
        for b in &parts[1..] {
            let (drive, _) = self.split_drive(b);
            if self.is_abs(b) || !drive.is_empty() {
                out = b.clone();
            } else if out.is_empty()
                || out.ends_with(|c| self.is_sep(c))
                || (self.dos && out.ends_with(':') && out.len() == 2)
            {
                out.push_str(b);
            } else {
                out.push(self.sep());
                out.push_str(b);
            }
        }
        out
    }

    /// (head, tail) as os.path.split returns them.
    fn split(self, p: &str) -> (String, String) {
        let (drive, rest) = self.split_drive(p);
        let cut = rest.rfind(|c| self.is_sep(c)).map_or(0, |i| i + 1);
        let (head, tail) = rest.split_at(cut);
        let trimmed = head.trim_end_matches(|c| self.is_sep(c));
        let head = if trimmed.is_empty() { head } else { trimmed };
        (format!("{drive}{head}"), String::from(tail))
    }

    fn splitext(self, p: &str) -> (String, String) {
        let sep_end = p.rfind(|c| self.is_sep(c)).map_or(0, |i| i + 1);
        if let Some(dot) = p.rfind('.') {
            if dot > sep_end && p[sep_end..dot].chars().any(|c| c != '.') {
                return (String::from(&p[..dot]), String::from(&p[dot..]));
            }
        }
        (String::from(p), String::new())
    }

    /// normpath: collapse separators, "." and "..".
    fn normpath(self, p: &str) -> String {
        if p.is_empty() {
            return String::from(".");
        }
        let (drive, rest) = self.split_drive(p);
        let lead = rest.len() - rest.trim_start_matches(|c| self.is_sep(c)).len();
        // POSIX keeps exactly two leading slashes; everything else becomes one.
        let root = match lead {
            0 => "",
            2 if !self.dos => "//",
            _ => {
                if self.dos {
                    "\\"
                } else {
                    "/"
                }
            }
        };
        let mut parts: Vec<&str> = Vec::new();
        for comp in rest.split(|c| self.is_sep(c)) {
            match comp {
                "" | "." => {}
                ".." if parts.last().is_some_and(|l| *l != "..") => {
                    parts.pop();
                }
                ".." if !root.is_empty() => {}
                c => parts.push(c),
            }
        }
        let body = parts.join(if self.dos { "\\" } else { "/" });
        let out = format!("{drive}{root}{body}");
        if out.is_empty() {
            String::from(".")
        } else {
            out
        }
    }
}

fn one_str(vm: &mut Vm, args: Args, func: &str) -> PyResult<String> {
    arg_count(vm, args, func, 1, 1)?;
    path_arg(vm, &args.vals[0], func)
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "join", 1, usize::MAX)?;
    let mut parts = Vec::with_capacity(args.vals.len());
    for v in args.vals {
        match str_of(v) {
            Some(s) => parts.push(String::from(s)),
            None => {
                let m = format!(
                    "join() argument must be str, bytes, or os.PathLike object, not '{}'",
                    vm.type_name(v)
                );
                return Err(vm.type_error(m));
            }
        }
    }
    let joined = Flavor::current().join(&parts);
    Ok(vm.new_str_value(joined))
}

fn pair(vm: &mut Vm, (a, b): (String, String)) -> Value {
    let items = alloc::vec![vm.new_str_value(a), vm.new_str_value(b)];
    vm.new_tuple(items)
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "split")?;
    let parts = Flavor::current().split(&p);
    Ok(pair(vm, parts))
}

fn splitext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "splitext")?;
    let parts = Flavor::current().splitext(&p);
    Ok(pair(vm, parts))
}

fn splitdrive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "splitdrive")?;
    let (d, r) = Flavor::current().split_drive(&p);
    let parts = (String::from(d), String::from(r));
    Ok(pair(vm, parts))
}

fn basename(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "basename")?;
    let tail = Flavor::current().split(&p).1;
    Ok(vm.new_str_value(tail))
}

fn dirname(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "dirname")?;
    let head = Flavor::current().split(&p).0;
    Ok(vm.new_str_value(head))
}

fn normpath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "normpath")?;
    let n = Flavor::current().normpath(&p);
    Ok(vm.new_str_value(n))
}

fn isabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "isabs")?;
    Ok(Value::Bool(Flavor::current().is_abs(&p)))
}

fn abspath(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "abspath")?;
    let f = Flavor::current();
    let full = if f.is_abs(&p) {
        p
    } else {
        let cwd = platform().getcwd().map_err(|e| vm.os_error(e, None))?;
        f.join(&[cwd, p])
    };
    let n = f.normpath(&full);
    Ok(vm.new_str_value(n))
}

/// The existence tests: false (never an error) when stat fails.
fn stat_test(
    vm: &mut Vm,
    args: Args,
    func: &str,
    test: fn(&crate::platform::FileStat) -> bool,
) -> PyResult<Value> {
    let p = one_str(vm, args, func)?;
    Ok(Value::Bool(platform().stat(&p).is_ok_and(|st| test(&st))))
}

fn exists(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_test(vm, args, "exists", |_| true)
}

fn isdir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_test(vm, args, "isdir", |st| st.is_dir)
}

fn isfile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    stat_test(vm, args, "isfile", |st| !st.is_dir)
}

fn getsize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let p = one_str(vm, args, "getsize")?;
    let st = platform().stat(&p).map_err(|e| vm.os_error(e, Some(&p)))?;
    Ok(Value::Int(st.size as i64))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    super::super::add_fns(
        vm,
        d,
        &[
            ("join", join),
            ("split", split),
            ("splitext", splitext),
            ("splitdrive", splitdrive),
            ("basename", basename),
            ("dirname", dirname),
            ("normpath", normpath),
            ("isabs", isabs),
            ("abspath", abspath),
            ("exists", exists),
            ("isdir", isdir),
            ("isfile", isfile),
            ("getsize", getsize),
        ],
    );
    Ok(())
}
