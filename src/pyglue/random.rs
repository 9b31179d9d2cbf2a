//! The native core of `random`: CPython's Mersenne Twister (MT19937,
//! seeded by `init_by_array` from the seed's 32-bit words) so that
//! `random.seed(n)` gives CPython's sequence. The state lives in a Python
//! list of 625 ints (624 words and the index) owned by each `Random`
//! instance; the distributions are frozen Python (frozen/random.py),
//! written from the documented behaviour to make the same draws.

use alloc::vec::Vec;

use super::frozen;
use crate::platform::platform;
use crate::vm::builtins::{add_fn, arg_count, int_arg};
use crate::vm::object::bigint::{int_value, BigInt};
use crate::vm::object::func::Args;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};
use num_bigint::BigUint;

const N: usize = 624;
const M: usize = 397;

/// The generator's words, read from and written back to the state list.
struct Mt {
    words: [u32; N],
    index: usize,
}

impl Mt {
    fn init_genrand(s: u32) -> Mt {
        let mut words = [0u32; N];
        words[0] = s;
        for i in 1..N {
            words[i] = 1_812_433_253u32
                .wrapping_mul(words[i - 1] ^ (words[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        Mt { words, index: N }
    }

    fn init_by_array(key: &[u32]) -> Mt {
        let mut mt = Mt::init_genrand(19_650_218);
        let w = &mut mt.words;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            w[i] = (w[i] ^ (w[i - 1] ^ (w[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            w[i] = (w[i] ^ (w[i - 1] ^ (w[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                w[0] = w[N - 1];
                i = 1;
            }
        }
        w[0] = 0x8000_0000;
        mt
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            let w = &mut self.words;
            for k in 0..N {
                let y = (w[k] & 0x8000_0000) | (w[(k + 1) % N] & 0x7fff_ffff);
                w[k] = w[(k + M) % N] ^ (y >> 1) ^ if y & 1 != 0 { 0x9908_b0df } else { 0 };
            }
            self.index = 0;
        }
        let mut y = self.words[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }
}

/// The state list argument (a list of 625 ints).
fn state_list<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a core::cell::RefCell<Vec<Value>>> {
    match v.as_obj().map(|o| &**o) {
        Some(Kind::List(l)) if l.borrow().len() == N + 1 => Ok(l),
        _ => Err(vm.type_error("random state must be a list of 625 ints")),
    }
}

fn load(list: &core::cell::RefCell<Vec<Value>>) -> Mt {
    let l = list.borrow();
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(l.iter()) {
        *w = if let Value::Int(i) = v { *i as u32 } else { 0 };
    }
    let index = if let Value::Int(i) = l[N] {
        (i as usize).min(N)
    } else {
        N
    };
    Mt { words, index }
}

fn store(list: &core::cell::RefCell<Vec<Value>>, mt: &Mt) {
    let mut l = list.borrow_mut();
    for (slot, w) in l.iter_mut().zip(mt.words.iter()) {
        *slot = Value::Int(*w as i64);
    }
    l[N] = Value::Int(mt.index as i64);
}

/// `_seed(state, a)`: None seeds from the clocks; ints (any size) by
/// their absolute value's 32-bit words, as CPython; anything else by its
/// hash. (frozen/random.py turns str and bytes seeds into ints first.)
fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_seed", 2, 2)?;
    let list = state_list(vm, &args.vals[0])?;
    let words = |n: u64| -> Vec<u32> {
        if n >> 32 != 0 {
            alloc::vec![n as u32, (n >> 32) as u32]
        } else {
            alloc::vec![n as u32]
        }
    };
    let key: Vec<u32> = match &args.vals[1] {
        Value::None => {
            words(platform().unix_time_us() as u64 ^ platform().monotonic_us().rotate_left(32))
        }
        Value::Int(i) => words(i.unsigned_abs()),
        Value::Bool(b) => words(*b as u64),
        v => match v.as_obj().map(|o| &**o) {
            Some(Kind::BigInt(b)) if b.magnitude().bits() != 0 => b.magnitude().to_u32_digits(),
            _ => words(vm.hash(v)?.unsigned_abs()),
        },
    };
    store(list, &Mt::init_by_array(&key));
    Ok(Value::None)
}

/// `_random(state)`: a float in [0, 1) from 53 random bits, as CPython.
fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_random", 1, 1)?;
    let list = state_list(vm, &args.vals[0])?;
    let mut mt = load(list);
    let a = (mt.next_u32() >> 5) as f64;
    let b = (mt.next_u32() >> 6) as f64;
    store(list, &mt);
    Ok(Value::Float(
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0),
    ))
}

/// `_getrandbits(state, k)`: k random bits, 32-bit words least significant first.
fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "_getrandbits", 2, 2)?;
    let list = state_list(vm, &args.vals[0])?;
    let k = int_arg(vm, &args.vals[1])?;
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    let mut mt = load(list);
    // CPython's order: 32-bit words from the generator, least significant
    // first, the last one cut to the bits still wanted from its top.
    let mut words = Vec::with_capacity((k as usize).div_ceil(32));
    let mut left = k;
    while left > 0 {
        let word = mt.next_u32();
        words.push(if left < 32 { word >> (32 - left) } else { word });
        left -= 32;
    }
    store(list, &mt);
    Ok(int_value(BigInt::from(BigUint::new(words))))
}

pub fn init(vm: &mut Vm, d: &ObjRef) -> PyResult<()> {
    add_fn(vm, d, "_seed", seed);
    add_fn(vm, d, "_random", random);
    add_fn(vm, d, "_getrandbits", getrandbits);
    frozen::init_random(vm, d)
}
