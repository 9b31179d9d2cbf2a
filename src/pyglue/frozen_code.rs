//! The frozen Python modules (src/asyncio/*.py, frozen/*.py, json/json.py,
//! time/calendar.py): the one table of their sources, and where their code
//! objects come from when a module runs them.
//!
//! The host build compiles the source at import. The DOS build never sees
//! the source: `freeze` (src/bin/freeze.rs, run by mk/dos.mk) compiles every
//! entry at build time into one blob, which MPYDOS.EXE embeds (the path is
//! in `MPYDOS_FROZEN`) and deserializes at import, saving the compile's time
//! and transient memory on a 486.
//!
//! Blob format (postcard): a sequence of `(name, bytes)`, where `bytes` is
//! one module's [`CodeObject`](crate::vm::bytecode::CodeObject), itself
//! postcard, deflated (raw DEFLATE, miniz_oxide: 187 KB of code objects are
//! 70 KB so). The first import of a module inflates it once into memory
//! kept for the program's life, since its code borrows strings and line
//! tables from those bytes. Nested code carries an empty file name: it
//! takes its module's when loaded (`Vm::load_code`), which saves ~11 KB.

use alloc::format;
use alloc::rc::Rc;
use alloc::vec::Vec;

use crate::vm::eval::code::CodeObj;
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

/// Every frozen source, by name (the traceback file name is
/// `<frozen NAME>`). The DOS build leaves them out: it has the blob.
#[cfg(not(feature = "dos"))]
pub const SOURCES: &[(&str, &str)] = &[
    (
        "asyncio.structures",
        include_str!("../asyncio/structures.py"),
    ),
    ("asyncio.futures", include_str!("../asyncio/futures.py")),
    ("asyncio.tasks", include_str!("../asyncio/tasks.py")),
    ("asyncio.events", include_str!("../asyncio/events.py")),
    ("asyncio.funcs", include_str!("../asyncio/funcs.py")),
    ("asyncio.locks", include_str!("../asyncio/locks.py")),
    ("asyncio.queues", include_str!("../asyncio/queues.py")),
    ("asyncio.timeouts", include_str!("../asyncio/timeouts.py")),
    (
        "asyncio.taskgroups",
        include_str!("../asyncio/taskgroups.py"),
    ),
    ("asyncio.streams", include_str!("../asyncio/streams.py")),
    ("collections", include_str!("frozen/collections.py")),
    ("io", include_str!("frozen/io.py")),
    ("json", include_str!("json/json.py")),
    ("random", include_str!("frozen/random.py")),
    ("socket", include_str!("frozen/socket.py")),
    ("time", include_str!("time/calendar.py")),
    ("collections.abc", include_str!("frozen/collections_abc.py")),
    ("traceback", include_str!("frozen/traceback.py")),
    ("abc", include_str!("frozen/abc.py")),
    ("argparse", include_str!("frozen/argparse.py")),
    ("bisect", include_str!("frozen/bisect.py")),
    ("contextlib", include_str!("frozen/contextlib.py")),
    ("copy", include_str!("frozen/copy.py")),
    ("dataclasses", include_str!("frozen/dataclasses.py")),
    ("enum", include_str!("frozen/enum.py")),
    ("functools", include_str!("frozen/functools.py")),
    ("heapq", include_str!("frozen/heapq.py")),
    ("itertools", include_str!("frozen/itertools.py")),
    ("logging", include_str!("frozen/logging.py")),
    ("operator", include_str!("frozen/operator.py")),
    ("string", include_str!("frozen/string.py")),
    ("textwrap", include_str!("frozen/textwrap.py")),
    ("types", include_str!("frozen/types.py")),
    ("typing", include_str!("frozen/typing.py")),
    ("warnings", include_str!("frozen/warnings.py")),
    ("hashlib", include_str!("frozen/hashlib.py")),
    ("hmac", include_str!("frozen/hmac.py")),
    ("zlib", include_str!("frozen/zlib.py")),
    ("gzip", include_str!("frozen/gzip.py")),
    ("re", include_str!("frozen/re.py")),
    ("base64", include_str!("frozen/base64.py")),
    ("fnmatch", include_str!("frozen/fnmatch.py")),
    ("glob", include_str!("frozen/glob.py")),
    ("csv", include_str!("frozen/csv.py")),
    ("urllib", include_str!("frozen/urllib/__init__.py")),
    ("urllib.parse", include_str!("frozen/urllib/parse.py")),
    ("weakref", include_str!("frozen/weakref.py")),
    ("_collections", include_str!("frozen/_collections.py")),
];

/// The file name tracebacks show for frozen module `name`.
#[cfg(not(feature = "dos"))]
fn filename(name: &str) -> alloc::string::String {
    format!("<frozen {name}>")
}

/// Run frozen module `name` (a [`SOURCES`] entry) into the namespace `dict`.
pub fn run(vm: &mut Vm, dict: &ObjRef, name: &str) -> PyResult<()> {
    let code = code(vm, name)?;
    vm.run_module_code(code, dict)?;
    Ok(())
}

#[cfg(not(feature = "dos"))]
fn code(vm: &mut Vm, name: &str) -> PyResult<Rc<CodeObj>> {
    let source = SOURCES.iter().find(|(n, _)| *n == name).map(|e| e.1);
    let Some(source) = source else {
        return Err(missing(vm, name));
    };
    vm.compile_source(source, &filename(name), crate::vm::syntax::Mode::Exec)
}

/// The blob `freeze` wrote (mk/dos.mk passes its path).
#[cfg(feature = "dos")]
static BLOB: &[u8] = include_bytes!(env!("MPYDOS_FROZEN"));

/// The modules inflated so far: (name, code object bytes), kept for good.
#[cfg(feature = "dos")]
static INFLATED: spin::Mutex<Vec<(&str, &[u8])>> = spin::Mutex::new(Vec::new());

/// The code object bytes of frozen module `name`, inflated on first use.
#[cfg(feature = "dos")]
fn module_bytes(name: &str) -> Option<&'static [u8]> {
    let mut inflated = INFLATED.lock();
    if let Some((_, bytes)) = inflated.iter().find(|(n, _)| *n == name) {
        return Some(bytes);
    }
    let entries: Vec<(&'static str, &'static [u8])> = postcard::from_bytes(BLOB).ok()?;
    let (name, packed) = entries.into_iter().find(|(n, _)| *n == name)?;
    let bytes: &'static [u8] = alloc::boxed::Box::leak(inflate(packed)?.into_boxed_slice());
    inflated.push((name, bytes));
    Some(bytes)
}

#[cfg(feature = "dos")]
fn code(vm: &mut Vm, name: &str) -> PyResult<Rc<CodeObj>> {
    match module_bytes(name).and_then(|bytes| postcard::from_bytes(bytes).ok()) {
        Some(raw) => vm.load_code(Rc::new(raw)),
        None => Err(missing(vm, name)),
    }
}

/// The largest module the blob may inflate to (a corrupt entry stops here).
#[cfg(any(feature = "dos", test))]
const MODULE_MAX: usize = 1 << 20;

/// One blob entry's code object bytes.
#[cfg(any(feature = "dos", test))]
fn inflate(packed: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MODULE_MAX).ok()
}

/// A name the table (or the blob) lacks: a build error, reported as Python
/// would a broken installation.
fn missing(vm: &mut Vm, name: &str) -> ObjRef {
    vm.new_exc(
        crate::vm::builtins::exc_table::Exc::ImportError,
        format!("frozen module {name} is missing from this build"),
    )
}

/// Compile every [`SOURCES`] entry into the blob the DOS build embeds.
/// A source that does not compile is the build's error: `Err` names it.
#[cfg(not(feature = "dos"))]
pub fn freeze() -> Result<Vec<u8>, alloc::string::String> {
    let mut entries: Vec<(&str, Vec<u8>)> = Vec::new();
    for (name, source) in SOURCES {
        let file = filename(name);
        let mut code =
            crate::vm::import::compile_text(source, &file, crate::vm::syntax::Mode::Exec)
                .map_err(|e| format!("{file}:{}: {}", e.lineno, e.msg))?;
        blank_nested_filenames(&mut code);
        let bytes = postcard::to_allocvec(&code).map_err(|e| format!("{file}: {e}"))?;
        entries.push((name, miniz_oxide::deflate::compress_to_vec(&bytes, 10)));
    }
    postcard::to_allocvec(&entries).map_err(|e| format!("frozen blob: {e}"))
}

/// Empty the file name of every code object nested in `code`.
#[cfg(not(feature = "dos"))]
fn blank_nested_filenames(code: &mut crate::vm::bytecode::CodeObject) {
    use crate::vm::bytecode::Const;
    for c in &mut code.consts {
        if let Const::Code(nested) = c {
            let nested = Rc::make_mut(nested);
            nested.filename = "".into();
            blank_nested_filenames(nested);
        }
    }
}

#[cfg(all(test, not(feature = "dos")))]
mod tests {
    use super::*;
    use crate::vm::bytecode::CodeObject;
    use crate::vm::compile::{compile, Options};
    use crate::vm::syntax::{parse, Mode};

    /// The blob gives back, for every module, exactly the code the compiler
    /// makes from its source (what the DOS build runs is what the host runs).
    #[test]
    fn blob_round_trips_every_frozen_module() {
        // Code borrows its strings from the blob, which must be static.
        let blob: &'static [u8] = Vec::leak(freeze().unwrap());
        let entries: Vec<(&str, &[u8])> = postcard::from_bytes(blob).unwrap();
        assert_eq!(entries.len(), SOURCES.len());
        for ((name, bytes), (src_name, source)) in entries.iter().zip(SOURCES) {
            assert_eq!(name, src_name);
            let tree = parse(source, Mode::Exec).unwrap();
            let mut expected = compile(&tree, source, &filename(name), Options::default()).unwrap();
            blank_nested_filenames(&mut expected);
            let bytes = Vec::leak(inflate(bytes).unwrap());
            let frozen: CodeObject = postcard::from_bytes(bytes).unwrap();
            assert_eq!(frozen, expected, "{name}");
        }
    }
}
