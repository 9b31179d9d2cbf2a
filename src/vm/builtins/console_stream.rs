//! The console streams behind `sys.stdin`, `sys.stdout` and `sys.stderr`
//! (class ConsoleStream, text) and their `buffer` attributes (class
//! ConsoleBuffer, bytes): what a script writes goes to the platform's
//! standard handles as UTF-8, what it reads comes a line at a time.

use alloc::string::String;
use alloc::vec::Vec;

use super::exc_table::Exc;
use super::types::new_class;
use super::{add_getset, add_method, add_value};
use crate::platform::{platform, Stream};
use crate::vm::object::class::Layout;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::{str_of, Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// The standard handle (0, 1 or 2) a stream or buffer object stands for.
fn handle_of(vm: &mut Vm, stream: &Value) -> u8 {
    let k = vm.intern("_stream");
    match vm
        .instance_dict(stream)
        .and_then(|d| vm.dict_get_str_quiet(&d, &k))
    {
        Some(Value::Int(n @ 0..=2)) => n as u8,
        _ => 1,
    }
}

fn output_of(vm: &mut Vm, stream: &Value) -> Stream {
    match handle_of(vm, stream) {
        2 => Stream::Stderr,
        _ => Stream::Stdout,
    }
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "write", 1, 1)?;
    let Some(s) = str_of(&args.vals[1]) else {
        let m = alloc::format!(
            "write() argument must be str, not {}",
            vm.type_name(&args.vals[1])
        );
        return Err(vm.type_error(m));
    };
    platform().write(output_of(vm, &args.vals[0]), s.as_bytes());
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// One line of standard input ("" at the end).
fn stdin_line(vm: &mut Vm) -> PyResult<String> {
    match platform().read_line() {
        Ok(Some(l)) => Ok(String::from_utf8_lossy(&l).replace("\r\n", "\n")),
        Ok(None) => Ok(String::new()),
        Err(e) => Err(vm.os_error(e, None)),
    }
}

fn stream_readline(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let l = stdin_line(vm)?;
    Ok(vm.new_str_value(l))
}

fn stream_read(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut all = String::new();
    loop {
        let l = stdin_line(vm)?;
        if l.is_empty() {
            break;
        }
        all.push_str(&l);
    }
    Ok(vm.new_str_value(all))
}

fn stream_readlines(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let l = stdin_line(vm)?;
        if l.is_empty() {
            break;
        }
        lines.push(vm.new_str_value(l));
    }
    Ok(vm.new_list(lines))
}

fn stream_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.vals[0].clone())
}

fn stream_next(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let l = stdin_line(vm)?;
    if l.is_empty() {
        return Err(vm.new_exc_empty(Exc::StopIteration));
    }
    Ok(vm.new_str_value(l))
}

fn stream_isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "isatty", 0, 0)?;
    let fd = handle_of(vm, &args.vals[0]);
    Ok(Value::Bool(platform().is_console(fd)))
}

fn stream_fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "fileno", 0, 0)?;
    Ok(Value::Int(i64::from(handle_of(vm, &args.vals[0]))))
}

fn stream_readable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "readable", 0, 0)?;
    Ok(Value::Bool(handle_of(vm, &args.vals[0]) == 0))
}

fn stream_writable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "writable", 0, 0)?;
    Ok(Value::Bool(handle_of(vm, &args.vals[0]) != 0))
}

fn stream_seekable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "seekable", 0, 0)?;
    Ok(Value::Bool(false))
}

fn stream_writelines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "writelines", 1, 1)?;
    let name = vm.intern("write");
    let write = vm.get_attr(&args.vals[0], &name)?;
    for line in vm.collect(&args.vals[1])? {
        vm.call(&write, &[line])?;
    }
    Ok(Value::None)
}

/// `sys.stdout.buffer.write(b)`: the bytes as they are.
fn buffer_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "write", 1, 1)?;
    let data = super::bytes::bytes_arg(vm, &args.vals[1])?;
    let n = data.len();
    platform().write(output_of(vm, &args.vals[0]), &data);
    Ok(Value::Int(n as i64))
}

/// `sys.stdin.buffer.readline()`: one line's bytes (b"" at the end).
fn buffer_readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "readline", 0, 1)?;
    match platform().read_line() {
        Ok(line) => Ok(super::bytes::new_bytes(line.unwrap_or_default())),
        Err(e) => Err(vm.os_error(e, None)),
    }
}

/// `sys.stdin.buffer.read()`: everything up to the end of input.
fn buffer_read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "read", 0, 1)?;
    let mut all = Vec::new();
    loop {
        match platform().read_line() {
            Ok(Some(line)) => all.extend_from_slice(&line),
            Ok(None) => break,
            Err(e) => return Err(vm.os_error(e, None)),
        }
    }
    Ok(super::bytes::new_bytes(all))
}

/// The three streams, as `sys.stdin/stdout/stderr` and their `__x__` twins.
pub fn install(vm: &mut Vm, sys_dict: &ObjRef) {
    let obj = vm.types.object.clone();
    let stream_cls = new_class("ConsoleStream", core::slice::from_ref(&obj), Layout::Object);
    let text_methods: [(&str, NativeFn); 13] = [
        ("write", stream_write),
        ("flush", stream_flush),
        ("readline", stream_readline),
        ("read", stream_read),
        ("readlines", stream_readlines),
        ("__iter__", stream_iter),
        ("__next__", stream_next),
        ("isatty", stream_isatty),
        ("fileno", stream_fileno),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("seekable", stream_seekable),
        ("writelines", stream_writelines),
    ];
    for (name, f) in text_methods {
        add_method(vm, &stream_cls, name, f);
    }
    let class_attrs = super::class_dict(&stream_cls);
    let encoding = vm.new_str_value("utf-8".into());
    add_value(vm, &class_attrs, "encoding", encoding);
    add_value(vm, &class_attrs, "closed", Value::Bool(false));
    add_value(vm, &class_attrs, "newlines", Value::None);
    let buffer_cls = new_class("ConsoleBuffer", &[obj], Layout::Object);
    let byte_methods: [(&str, NativeFn); 9] = [
        ("write", buffer_write),
        ("flush", stream_flush),
        ("readline", buffer_readline),
        ("read", buffer_read),
        ("isatty", stream_isatty),
        ("fileno", stream_fileno),
        ("readable", stream_readable),
        ("writable", stream_writable),
        ("seekable", stream_seekable),
    ];
    for (name, f) in byte_methods {
        add_method(vm, &buffer_cls, name, f);
    }
    let class_attrs = super::class_dict(&stream_cls);
    add_value(vm, &class_attrs, "_buffer_type", Value::Obj(buffer_cls));
    add_getset(vm, &stream_cls, "name", stream_name, None);
    add_getset(vm, &stream_cls, "mode", stream_mode, None);
    add_getset(vm, &stream_cls, "errors", stream_errors, None);
    add_getset(
        vm,
        &stream_cls,
        "line_buffering",
        stream_line_buffering,
        None,
    );
    add_getset(vm, &stream_cls, "buffer", stream_buffer, None);
    for (fd, (name, ..)) in STREAMS.into_iter().enumerate() {
        let stream = new_handle_object(vm, &stream_cls, fd);
        add_value(vm, sys_dict, name, stream.clone());
        add_value(vm, sys_dict, &alloc::format!("__{name}__"), stream);
    }
}

/// An instance of `cls` standing for standard handle `fd`.
fn new_handle_object(vm: &mut Vm, cls: &ObjRef, fd: usize) -> Value {
    let object = vm.new_instance(cls);
    if let Some(d) = vm.instance_dict(&object) {
        add_value(vm, &d, "_stream", Value::Int(fd as i64));
    }
    object
}

/// Per handle: the sys name, `name`, `mode` and `errors` as CPython has them.
type StreamFacts = (&'static str, &'static str, &'static str, &'static str);
const STREAMS: [StreamFacts; 3] = [
    ("stdin", "<stdin>", "r", "strict"),
    ("stdout", "<stdout>", "w", "strict"),
    ("stderr", "<stderr>", "w", "backslashreplace"),
];

fn stream_text(
    vm: &mut Vm,
    stream: &Value,
    pick: fn(&StreamFacts) -> &'static str,
) -> PyResult<Value> {
    let fd = handle_of(vm, stream);
    Ok(vm.new_str_value(pick(&STREAMS[usize::from(fd)]).into()))
}

fn stream_name(vm: &mut Vm, stream: &Value) -> PyResult<Value> {
    stream_text(vm, stream, |s| s.1)
}

fn stream_mode(vm: &mut Vm, stream: &Value) -> PyResult<Value> {
    stream_text(vm, stream, |s| s.2)
}

fn stream_errors(vm: &mut Vm, stream: &Value) -> PyResult<Value> {
    stream_text(vm, stream, |s| s.3)
}

fn stream_line_buffering(vm: &mut Vm, stream: &Value) -> PyResult<Value> {
    let fd = handle_of(vm, stream);
    Ok(Value::Bool(fd != 0 && platform().is_console(fd)))
}

/// `stream.buffer`: made on first use, then the same object.
fn stream_buffer(vm: &mut Vm, stream: &Value) -> PyResult<Value> {
    let key = vm.intern("_buffer");
    let Some(d) = vm.instance_dict(stream) else {
        return Ok(Value::None);
    };
    if let Some(buffer) = vm.dict_get_str_quiet(&d, &key) {
        return Ok(buffer);
    }
    let class = vm.type_of(stream);
    let type_key = vm.intern("_buffer_type");
    let Some(Value::Obj(buffer_cls)) = vm.dict_get_str_quiet(&super::class_dict(&class), &type_key)
    else {
        return Ok(Value::None);
    };
    let fd = handle_of(vm, stream);
    let buffer = new_handle_object(vm, &buffer_cls, usize::from(fd));
    vm.dict_set_str(&d, key, buffer.clone());
    Ok(buffer)
}

impl Vm {
    /// `sys.stdout` when a script replaced it, None while it is the console.
    pub fn sys_stdout(&mut self) -> Value {
        self.sys_stream("stdout")
    }

    /// `sys.stderr` when a script replaced it, None while it is the console.
    pub fn sys_stderr(&mut self) -> Value {
        self.sys_stream("stderr")
    }

    fn sys_stream(&mut self, name: &str) -> Value {
        let k = self.intern(name);
        let d = super::modules::module_dict(&self.sys);
        match self.dict_get_str_quiet(&d, &k) {
            Some(v) if !matches!(v.as_obj().map(|o| &**o), Some(Kind::Instance(i)) if self.class_name(&i.class()) == "ConsoleStream") => {
                v
            }
            _ => Value::None,
        }
    }
}
