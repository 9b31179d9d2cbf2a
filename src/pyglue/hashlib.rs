//! The `hashlib` module's native half: running hashes over RustCrypto's
//! no_std digests (md5, sha1, the sha2 family, blake2b/blake2s with digest
//! size, key, salt and person). The Python half (frozen/hashlib.py) makes
//! the `HASH` objects and the constructors; here a hash is a native state
//! object, updated, copied and finished on request.

use alloc::format;
use alloc::vec::Vec;

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::block_buffer::{BlockBuffer, Lazy};
use digest::consts::{U128, U64};
use digest::core_api::{UpdateCore, VariableOutputCore};
use digest::generic_array::GenericArray;
use digest::Digest;

use super::{add_state_class, bytes_arg, bytes_value, new_state, state_arg};
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::func::Args;
use crate::vm::object::{str_of, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// A blake2 core with its own lazy buffer (the last block is compressed
/// with the final flag), and the digest size asked for: RustCrypto's
/// `Blake2bVar` cannot take a key, salt or person, its core can.
macro_rules! blake2 {
    ($name:ident, $core:ty, $block:ty) => {
        #[derive(Clone)]
        struct $name {
            core: $core,
            buffer: BlockBuffer<$block, Lazy>,
            size: usize,
        }

        impl $name {
            /// The key, zero-padded to a block, is the first block (RFC 7693).
            fn new(salt: &[u8], person: &[u8], key: &[u8], size: usize) -> Self {
                let core = <$core>::new_with_params(salt, person, key.len(), size);
                let mut b = $name {
                    core,
                    buffer: BlockBuffer::default(),
                    size,
                };
                if !key.is_empty() {
                    let mut block = GenericArray::<u8, $block>::default();
                    block[..key.len()].copy_from_slice(key);
                    b.update(&block);
                }
                b
            }

            fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buffer
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }

            fn finish(mut self) -> Vec<u8> {
                let mut out = GenericArray::default();
                self.core.finalize_variable_core(&mut self.buffer, &mut out);
                out[..self.size].to_vec()
            }
        }
    };
}

blake2!(Blake2b, Blake2bVarCore, U128);
blake2!(Blake2s, Blake2sVarCore, U64);

/// One running hash.
#[derive(Clone)]
enum Hasher {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

impl Hasher {
    fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md5(h) => h.update(data),
            Hasher::Sha1(h) => h.update(data),
            Hasher::Sha224(h) => h.update(data),
            Hasher::Sha256(h) => h.update(data),
            Hasher::Sha384(h) => h.update(data),
            Hasher::Sha512(h) => h.update(data),
            Hasher::Blake2b(h) => h.update(data),
            Hasher::Blake2s(h) => h.update(data),
        }
    }

    fn finish(self) -> Vec<u8> {
        match self {
            Hasher::Md5(h) => h.finalize().to_vec(),
            Hasher::Sha1(h) => h.finalize().to_vec(),
            Hasher::Sha224(h) => h.finalize().to_vec(),
            Hasher::Sha256(h) => h.finalize().to_vec(),
            Hasher::Sha384(h) => h.finalize().to_vec(),
            Hasher::Sha512(h) => h.finalize().to_vec(),
            Hasher::Blake2b(h) => h.finish(),
            Hasher::Blake2s(h) => h.finish(),
        }
    }
}

/// A bytes-like parameter that may be at most `max` long.
fn param(vm: &mut Vm, v: &Value, what: &str, max: usize) -> PyResult<Vec<u8>> {
    let b = bytes_arg(vm, v)?;
    if b.len() > max {
        return Err(vm.value_error(format!("maximum {what} length is {max} bytes")));
    }
    Ok(b)
}

/// _new(name, digest_size, key, salt, person): a fresh state, or None for
/// a name this build does not have.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_new", 5, 5)?;
    let a = args.vals;
    let name = str_of(&a[0]).unwrap_or("").to_ascii_lowercase();
    let (max, big) = match name.as_str() {
        "blake2b" => (64, true),
        "blake2s" => (32, false),
        _ => (0, false),
    };
    let hasher = match name.as_str() {
        "md5" => Hasher::Md5(Digest::new()),
        "sha1" => Hasher::Sha1(Digest::new()),
        "sha224" => Hasher::Sha224(Digest::new()),
        "sha256" => Hasher::Sha256(Digest::new()),
        "sha384" => Hasher::Sha384(Digest::new()),
        "sha512" => Hasher::Sha512(Digest::new()),
        "blake2b" | "blake2s" => {
            let size = int_arg(vm, &a[1])?;
            if !(1..=max as i64).contains(&size) {
                let m = format!("digest_size must be between 1 and {max} bytes");
                return Err(vm.value_error(m));
            }
            let size = size as usize;
            let key = param(vm, &a[2], "key", max)?;
            let salt = param(vm, &a[3], "salt", max / 4)?;
            let person = param(vm, &a[4], "person", max / 4)?;
            if big {
                Hasher::Blake2b(Blake2b::new(&salt, &person, &key, size))
            } else {
                Hasher::Blake2s(Blake2s::new(&salt, &person, &key, size))
            }
        }
        _ => return Ok(Value::None),
    };
    new_state(vm, "hashlib", hasher)
}

/// _update(state, data)
fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_update", 2, 2)?;
    let data = bytes_arg(vm, &args.vals[1])?;
    state_arg::<Hasher>(vm, &args.vals[0])?.update(&data);
    Ok(Value::None)
}

/// _digest(state): the digest so far (the state goes on).
fn digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_digest", 1, 1)?;
    let h = state_arg::<Hasher>(vm, &args.vals[0])?.clone();
    Ok(bytes_value(h.finish()))
}

/// _copy(state): an independent state with the same data hashed.
fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_copy", 1, 1)?;
    let h = state_arg::<Hasher>(vm, &args.vals[0])?.clone();
    new_state(vm, "hashlib", h)
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_state_class(vm, d);
    add_fn(vm, d, "_new", new);
    add_fn(vm, d, "_update", update);
    add_fn(vm, d, "_digest", digest);
    add_fn(vm, d, "_copy", copy);
    super::frozen_code::run(vm, d, "hashlib")
}
