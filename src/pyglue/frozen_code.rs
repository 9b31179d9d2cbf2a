//! The frozen Python modules (src/asyncio/*.py, frozen/*.py, json/json.py,
//! time/calendar.py): the one table of their sources, the blob format their
//! compiled code travels in, and where a module's code object comes from
//! when it is imported.
//!
//! Where a platform has the sources (`Platform::frozen_source`: the host) a
//! module compiles at import. The DOS build never sees the source: `freeze`
//! (src/bin/freeze.rs, run by mk/dos.mk) compiles every entry at build time
//! into one blob, which djgpp/package.sh appends to MPYDOS.EXE after the
//! loaded image. An import reads just that module's bytes from the program
//! file (the platform's `args()[0]`), so the blob costs no memory and a
//! module nobody imports costs nothing but disk.
//!
//! Blob format: the modules' packed bytes one after another, then the index
//! (a module count, then per module its name's length (one byte), its name,
//! its packed bytes' offset from the blob's start and their length (u32
//! little-endian each)), then the trailer: the index's length and the
//! blob's length (u32 little-endian each) and [`MAGIC`]. A module's packed
//! bytes are its code in the form of bytecode/pack.rs, deflated (zlib
//! format, miniz_oxide: its Adler-32 turns a damaged module into an
//! ImportError instead of code that would run garbage), with line numbers but no columns (frozen code's
//! tracebacks show no source, so no carets) and no file name in nested
//! code (it takes its module's when loaded, `Vm::load_code`). An import
//! inflates its module and keeps the inflated bytes for the program's life:
//! its code borrows strings and line tables from them, and each code body
//! is decoded from them when it first runs.

use alloc::format;
use alloc::rc::Rc;
use alloc::string::String;
use alloc::vec::Vec;

use crate::platform::{platform, OpenMode, SeekFrom};
use crate::vm::builtins::exc_table::Exc;
use crate::vm::bytecode::pack::{keep_forever, pack, unpack};
use crate::vm::bytecode::{CodeObject, Const};
use crate::vm::eval::code::CodeObj;
use crate::vm::object::ObjRef;
use crate::vm::{PyResult, Vm};

/// Every frozen source, by name (the traceback file name is
/// `<frozen NAME>`). Only the host's `frozen_source` reads it, so the DOS
/// build links none of it.
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
    ("_sysinfo", include_str!("frozen/_sysinfo.py")),
    ("keyword", include_str!("frozen/keyword.py")),
    ("platform", include_str!("frozen/platform.py")),
    ("importlib", include_str!("frozen/importlib/__init__.py")),
    ("importlib.util", include_str!("frozen/importlib/util.py")),
    ("io", include_str!("frozen/io.py")),
    ("json", include_str!("json/json.py")),
    ("random", include_str!("frozen/random.py")),
    ("socket", include_str!("frozen/socket.py")),
    ("time", include_str!("time/calendar.py")),
    ("collections.abc", include_str!("frozen/collections_abc.py")),
    ("traceback", include_str!("frozen/traceback.py")),
    ("abc", include_str!("frozen/abc.py")),
    ("argparse", include_str!("frozen/argparse.py")),
    ("contextlib", include_str!("frozen/contextlib.py")),
    ("copy", include_str!("frozen/copy.py")),
    ("dataclasses", include_str!("frozen/dataclasses.py")),
    ("enum", include_str!("frozen/enum.py")),
    ("functools", include_str!("frozen/functools.py")),
    ("heapq", include_str!("frozen/heapq.py")),
    ("logging", include_str!("frozen/logging.py")),
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
    ("datetime", include_str!("frozen/datetime.py")),
    ("_strptime", include_str!("frozen/_strptime.py")),
    ("calendar", include_str!("frozen/calendar.py")),
    ("fractions", include_str!("frozen/fractions.py")),
    ("statistics", include_str!("frozen/statistics.py")),
    ("decimal", include_str!("frozen/decimal.py")),
    ("uuid", include_str!("frozen/uuid.py")),
    ("select", include_str!("frozen/select.py")),
    ("http", include_str!("frozen/http/__init__.py")),
    ("http.client", include_str!("frozen/http/client.py")),
    ("urllib.error", include_str!("frozen/urllib/error.py")),
    ("urllib.request", include_str!("frozen/urllib/request.py")),
    ("os", include_str!("os/os.py")),
    ("stat", include_str!("frozen/stat.py")),
    ("shutil", include_str!("frozen/shutil.py")),
    ("tempfile", include_str!("frozen/tempfile.py")),
    ("pathlib", include_str!("frozen/pathlib.py")),
    ("pickle", include_str!("frozen/pickle.py")),
    ("copyreg", include_str!("frozen/copyreg.py")),
    ("weakref", include_str!("frozen/weakref.py")),
    ("_collections", include_str!("frozen/_collections.py")),
    ("pprint", include_str!("frozen/pprint.py")),
    ("queue", include_str!("frozen/queue.py")),
    ("shlex", include_str!("frozen/shlex.py")),
    ("numbers", include_str!("frozen/numbers.py")),
    ("reprlib", include_str!("frozen/reprlib.py")),
    ("getopt", include_str!("frozen/getopt.py")),
    ("configparser", include_str!("frozen/configparser.py")),
    ("secrets", include_str!("frozen/secrets.py")),
    ("timeit", include_str!("frozen/timeit.py")),
    ("graphlib", include_str!("frozen/graphlib.py")),
    ("colorsys", include_str!("frozen/colorsys.py")),
    ("html", include_str!("frozen/html/__init__.py")),
    ("html.entities", include_str!("frozen/html/entities.py")),
    ("ipaddress", include_str!("frozen/ipaddress.py")),
    ("difflib", include_str!("frozen/difflib.py")),
    ("sched", include_str!("frozen/sched.py")),
    ("linecache", include_str!("frozen/linecache.py")),
    ("zoneinfo", include_str!("frozen/zoneinfo.py")),
];

/// The file name tracebacks show for frozen module `name`.
fn filename(name: &str) -> String {
    format!("<frozen {name}>")
}

/// The source of frozen module `name` (what `Platform::frozen_source` of a
/// platform that compiles at import returns).
pub fn source(name: &str) -> Option<&'static str> {
    SOURCES.iter().find(|(n, _)| *n == name).map(|e| e.1)
}

/// Run frozen module `name` (a [`SOURCES`] entry) into the namespace `dict`.
pub fn run(vm: &mut Vm, dict: &ObjRef, name: &str) -> PyResult<()> {
    let code = code(vm, name)?;
    vm.run_module_code(code, dict)?;
    Ok(())
}

fn code(vm: &mut Vm, name: &str) -> PyResult<Rc<CodeObj>> {
    if let Some(source) = platform().frozen_source(name) {
        return vm.compile_source(source, &filename(name), crate::vm::syntax::Mode::Exec);
    }
    let Some(packed) = packed_module(name) else {
        return Err(missing(vm, name));
    };
    match inflate(&packed).and_then(|bytes| unpack(&bytes, |kept| keep(name, kept))) {
        Some(raw) => vm.load_code(Rc::new(raw)),
        None => Err(vm.new_exc(
            Exc::ImportError,
            format!("frozen module {name} is damaged in this program file"),
        )),
    }
}

/// The blob's last bytes.
const MAGIC: &[u8; 8] = b"MPYFROZ3";
/// Index length, blob length, magic.
const TRAILER: usize = 4 + 4 + MAGIC.len();

/// One index entry: a module's name and where its packed bytes are.
type Entry = (String, u32, u32);

/// The program file's blob: where it starts in the file and its index,
/// read once at the first import.
struct Blob {
    start: u64,
    index: Vec<Entry>,
}

static BLOB: spin::Once<Option<Blob>> = spin::Once::new();

/// The inflated bytes (bytecode/pack.rs) of each module loaded so far: its
/// code borrows from them, so they live for good, and a module imported
/// again (after `del sys.modules[name]`) reuses them.
static KEPT: spin::Mutex<Vec<(String, &'static [u8])>> = spin::Mutex::new(Vec::new());

/// Module `name`'s inflated bytes `kept`, made to last.
fn keep(name: &str, kept: &[u8]) -> &'static [u8] {
    let mut all = KEPT.lock();
    match all.iter().find(|(n, k)| n == name && *k == kept) {
        Some((_, k)) => k,
        None => {
            let k = keep_forever(kept);
            all.push((String::from(name), k));
            k
        }
    }
}

/// The packed bytes of frozen module `name`, read from the program file.
fn packed_module(name: &str) -> Option<Vec<u8>> {
    let program = platform().args().into_iter().next()?;
    let blob = BLOB
        .call_once(|| open_blob(file_size(&program)?, |at, len| read_at(&program, at, len)))
        .as_ref()?;
    let (_, offset, len) = blob.index.iter().find(|(n, _, _)| n == name)?;
    read_at(&program, blob.start + *offset as u64, *len as usize)
}

/// The blob at the end of a file of `size` bytes, whose bytes `read_at`
/// gives (offset, length): its trailer, then its index.
fn open_blob(size: u64, read_at: impl Fn(u64, usize) -> Option<Vec<u8>>) -> Option<Blob> {
    let trailer = read_at(size.checked_sub(TRAILER as u64)?, TRAILER)?;
    let (index_len, blob_len, magic) = parse_trailer(&trailer)?;
    if magic != MAGIC {
        return None;
    }
    let start = size.checked_sub(blob_len as u64)?;
    let index_at = (size - TRAILER as u64).checked_sub(index_len as u64)?;
    let index = read_at(index_at, index_len as usize)?;
    Some(Blob {
        start,
        index: parse_index(&index)?,
    })
}

/// The index's bytes, as [`write_index`] wrote them.
fn parse_index(mut b: &[u8]) -> Option<Vec<Entry>> {
    let mut take = |n: usize| {
        let (head, rest) = b.split_at_checked(n)?;
        b = rest;
        Some(head)
    };
    let word = |w: &[u8]| u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
    let count = word(take(4)?);
    let mut index = Vec::new();
    for _ in 0..count {
        let len = take(1)?[0] as usize;
        let name = core::str::from_utf8(take(len)?).ok()?.into();
        index.push((name, word(take(4)?), word(take(4)?)));
    }
    Some(index)
}

/// The index of `entries` (name, offset, length) in the blob's form.
fn write_index(entries: &[(&str, u32, u32)]) -> Result<Vec<u8>, String> {
    let mut out = (entries.len() as u32).to_le_bytes().to_vec();
    for (name, offset, len) in entries {
        let n = u8::try_from(name.len()).map_err(|_| format!("{name}: name too long"))?;
        out.push(n);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&offset.to_le_bytes());
        out.extend_from_slice(&len.to_le_bytes());
    }
    Ok(out)
}

/// The size of file `path`.
fn file_size(path: &str) -> Option<u64> {
    let p = platform();
    let h = p.open(path, OpenMode::Read).ok()?;
    let size = p.seek(h, 0, SeekFrom::End).ok();
    let _ = p.close(h);
    size
}

fn parse_trailer(t: &[u8]) -> Option<(u32, u32, &[u8])> {
    let word = |at: usize| Some(u32::from_le_bytes(t.get(at..at + 4)?.try_into().ok()?));
    Some((word(0)?, word(4)?, t.get(8..)?))
}

/// `len` bytes of `path` from `offset` (None if the file is shorter).
fn read_at(path: &str, offset: u64, len: usize) -> Option<Vec<u8>> {
    let p = platform();
    let h = p.open(path, OpenMode::Read).ok()?;
    let mut out = alloc::vec![0u8; len];
    let mut done = 0;
    let ok = p.seek(h, offset as i64, SeekFrom::Start).is_ok() && {
        while done < len {
            match p.read(h, &mut out[done..]) {
                Ok(0) | Err(_) => break,
                Ok(n) => done += n,
            }
        }
        done == len
    };
    let _ = p.close(h);
    ok.then_some(out)
}

/// The largest module the blob may inflate to (a corrupt entry stops here).
const MODULE_MAX: usize = 1 << 20;

/// One module's bytecode/pack.rs bytes from its deflated bytes.
fn inflate(packed: &[u8]) -> Option<Vec<u8>> {
    miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(packed, MODULE_MAX).ok()
}

/// A name the table (or the blob) lacks: a build error, reported as Python
/// would a broken installation.
fn missing(vm: &mut Vm, name: &str) -> ObjRef {
    vm.new_exc(
        Exc::ImportError,
        format!("frozen module {name} is missing from this build"),
    )
}

/// Compile every [`SOURCES`] entry into the blob djgpp/package.sh appends
/// to MPYDOS.EXE (see the format above). A source that does not compile is
/// the build's error: `Err` names it.
pub fn freeze() -> Result<Vec<u8>, String> {
    let mut blob = Vec::new();
    let mut index: Vec<(&str, u32, u32)> = Vec::new();
    for (name, source) in SOURCES {
        let code = frozen_form(name, source)?;
        let packed = miniz_oxide::deflate::compress_to_vec_zlib(&pack(&code), 10);
        index.push((name, blob.len() as u32, packed.len() as u32));
        blob.extend_from_slice(&packed);
    }
    let index = write_index(&index)?;
    blob.extend_from_slice(&index);
    let total = blob.len() + TRAILER;
    blob.extend_from_slice(&(index.len() as u32).to_le_bytes());
    blob.extend_from_slice(&(total as u32).to_le_bytes());
    blob.extend_from_slice(MAGIC);
    Ok(blob)
}

/// Module `name`'s code as the blob carries it: compiled from `source`,
/// then without what frozen code does not use (see the format above).
fn frozen_form(name: &str, source: &str) -> Result<CodeObject, String> {
    let file = filename(name);
    let mut code = crate::vm::import::compile_text(source, &file, crate::vm::syntax::Mode::Exec)
        .map_err(|e| format!("{file}:{}: {}", e.lineno, e.msg))?;
    strip(&mut code, true);
    Ok(code)
}

/// Drop the columns of the line tables of `code` and of the code nested in
/// it, and the file name of the nested code (not `code`'s own when `top`).
fn strip(code: &mut CodeObject, top: bool) {
    code.lines = code.lines.without_columns();
    if !top {
        code.filename = "".into();
    }
    for c in &mut code.consts {
        if let Const::Code(nested) = c {
            strip(Rc::make_mut(nested), false);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vm::bytecode::pack::unpack_all;

    /// The blob's index and trailer as MPYDOS.EXE finds them behind its
    /// image: every module, in order.
    fn blob_in_file() -> (Vec<u8>, u64, Blob) {
        let mut file = b"the loaded image".to_vec();
        let image = file.len() as u64;
        file.extend(freeze().unwrap());
        let blob = open_blob(file.len() as u64, |at, len| {
            file.get(at as usize..at as usize + len).map(<[u8]>::to_vec)
        })
        .unwrap();
        (file, image, blob)
    }

    /// The blob gives back, for every module, exactly the code the compiler
    /// makes from its source less what frozen code drops (what the DOS build
    /// runs is what the host runs), found through its trailer and index as
    /// MPYDOS.EXE finds it.
    #[test]
    fn blob_round_trips_every_frozen_module() {
        let (file, image, blob) = blob_in_file();
        assert_eq!(blob.start, image);
        assert_eq!(blob.index.len(), SOURCES.len());
        for ((name, offset, len), (src_name, source)) in blob.index.iter().zip(SOURCES) {
            assert_eq!(name, src_name);
            let expected = frozen_form(name, source).unwrap();
            let at = (blob.start + u64::from(*offset)) as usize;
            let bytes = inflate(&file[at..at + *len as usize]).unwrap();
            let frozen = unpack_all(&unpack(&bytes, keep_forever).unwrap()).unwrap();
            assert_eq!(frozen, expected, "{name}");
        }
    }

    /// Frozen code keeps every line number of the compiled code.
    #[test]
    fn frozen_code_keeps_line_numbers() {
        let (name, source) = SOURCES.iter().find(|(n, _)| *n == "heapq").unwrap();
        let file = filename(name);
        let full =
            crate::vm::import::compile_text(source, &file, crate::vm::syntax::Mode::Exec).unwrap();
        let frozen = frozen_form(name, source).unwrap();
        assert!(frozen.lines.parts().0.len() < full.lines.parts().0.len());
        for pc in 0..full.instructions.len() as u32 {
            assert_eq!(frozen.lines.line(pc), full.lines.line(pc));
        }
    }

    /// A program file without a blob (or a cut one) has no frozen modules.
    #[test]
    fn no_blob_without_the_trailer() {
        let file = freeze().unwrap();
        let cut = &file[..file.len() - 1];
        let at = |at: u64, len: usize| cut.get(at as usize..at as usize + len).map(<[u8]>::to_vec);
        assert!(open_blob(cut.len() as u64, at).is_none());
    }

    /// Damaged packed bytes (any byte changed, or cut anywhere) decode to
    /// an error or to some code, never a panic; cut ones to an error. A
    /// changed byte of the deflated form is caught before decoding.
    #[test]
    fn damaged_modules_are_errors_not_panics() {
        let (name, source) = SOURCES.iter().find(|(n, _)| *n == "heapq").unwrap();
        let good = pack(&frozen_form(name, source).unwrap());
        let leak = |k: &[u8]| -> &'static [u8] { Vec::leak(k.to_vec()) };
        for at in 0..good.len() {
            assert!(unpack(&good[..at], leak).is_none(), "cut at {at}");
            for flip in [0x01, 0x80, 0xFF] {
                let mut bad = good.clone();
                bad[at] ^= flip;
                if let Some(code) = unpack(&bad, leak) {
                    let _ = unpack_all(&code);
                }
            }
        }
        let deflated = miniz_oxide::deflate::compress_to_vec_zlib(&good, 10);
        assert!(inflate(&deflated[..deflated.len() / 2]).is_none());
        for at in 0..deflated.len() {
            let mut bad = deflated.clone();
            bad[at] ^= 0x10;
            // (A change in the padding after the last block changes nothing.)
            let got = inflate(&bad);
            assert!(
                got.is_none() || got == Some(good.clone()),
                "changed byte {at}"
            );
        }
    }
}
