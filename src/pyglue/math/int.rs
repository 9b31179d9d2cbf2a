//! The integer functions of the `math` module: factorial, gcd, lcm, isqrt,
//! comb and perm, exact on big ints (num-bigint, num-integer). Products of
//! runs of integers multiply in halves (a product tree), so the operands of
//! each multiplication stay balanced: factorial(10000) takes far fewer steps
//! than one multiplication per factor.

use alloc::vec::Vec;

use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::vm::builtins::exc_table::Exc;
use crate::vm::builtins::int_ops::index_big;
use crate::vm::object::bigint::{self, int_value, BigInt};
use crate::vm::object::func::Args;
use crate::vm::object::Value;
use crate::vm::{PyResult, Vm};
use alloc::format;

/// Every argument of `math.NAME` as an int (`__index__`; floats are refused
/// as CPython does), after checking their number as CPython words it.
fn integers(vm: &mut Vm, args: Args, name: &str, min: usize, max: usize) -> PyResult<Vec<BigInt>> {
    let n = args.pos().len();
    let problem = match () {
        _ if !args.kwnames.is_empty() => Some(format!("math.{name}() takes no keyword arguments")),
        _ if (min..=max).contains(&n) => None,
        _ if max == 1 => Some(format!(
            "math.{name}() takes exactly one argument ({n} given)"
        )),
        _ if min == max => Some(format!("{name} expected {min} arguments, got {n}")),
        _ if n < min => Some(format!("{name} expected at least {min} argument, got {n}")),
        _ => Some(format!("{name} expected at most {max} arguments, got {n}")),
    };
    if let Some(m) = problem {
        return Err(vm.type_error(m));
    }
    to_ints(vm, args.pos())
}

fn to_ints(vm: &mut Vm, vals: &[Value]) -> PyResult<Vec<BigInt>> {
    vals.iter().map(|v| index_big(vm, v)).collect()
}

/// `n` as a count for the product loops; CPython's OverflowError beyond i64.
fn count(vm: &mut Vm, n: &BigInt, message: &'static str) -> PyResult<u64> {
    match n.to_i64() {
        Some(c) => Ok(c as u64),
        None => Err(vm.new_exc(Exc::OverflowError, message)),
    }
}

/// `start * (start + 1) * ... * (start + len - 1)`, in halves.
fn run_product(vm: &mut Vm, start: &BigInt, len: u64) -> PyResult<BigInt> {
    if len <= 16 {
        let mut acc = BigInt::one();
        for i in 0..len {
            acc *= start + i;
        }
        return Ok(acc);
    }
    let half = len / 2;
    let low = run_product(vm, start, half)?;
    let high = run_product(vm, &(start + half), len - half)?;
    bigint::mul(&low, &high).map_err(|e| vm.big_error(e))
}

pub fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = &integers(vm, args, "factorial", 1, 1)?[..] else {
        unreachable!("one argument was checked")
    };
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let n = count(
        vm,
        n,
        "factorial() argument should not exceed 9223372036854775807",
    )?;
    Ok(int_value(run_product(vm, &BigInt::one(), n)?))
}

pub fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = integers(vm, args, "gcd", 0, usize::MAX)?
        .iter()
        .fold(BigInt::zero(), |g, n| g.gcd(n));
    Ok(int_value(g))
}

pub fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut l = BigInt::one();
    for n in integers(vm, args, "lcm", 0, usize::MAX)? {
        if n.is_zero() || l.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let factor = n.abs() / l.gcd(&n);
        l = bigint::mul(&l, &factor).map_err(|e| vm.big_error(e))?;
    }
    Ok(int_value(l))
}

pub fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = &integers(vm, args, "isqrt", 1, 1)?[..] else {
        unreachable!("one argument was checked")
    };
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    Ok(int_value(n.sqrt()))
}

/// comb and perm: n!/(n-k)!, divided by k! for comb.
fn choose(vm: &mut Vm, args: Args, name: &str, ordered: bool) -> PyResult<Value> {
    let mut ints = match args.pos() {
        // perm's k may be None: n then.
        [n, Value::None] if ordered => to_ints(vm, core::slice::from_ref(n))?,
        _ => integers(vm, args, name, if ordered { 1 } else { 2 }, 2)?,
    };
    let n = ints.swap_remove(0);
    let k = ints.pop().unwrap_or_else(|| n.clone());
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    if ordered {
        let k = count(vm, &k, "k must not exceed 9223372036854775807")?;
        return Ok(int_value(run_product(vm, &(&n - k + 1u32), k)?));
    }
    let k = k.clone().min(&n - &k);
    let k = count(vm, &k, "min(n - k, k) must not exceed 9223372036854775807")?;
    let top = run_product(vm, &(&n - k + 1u32), k)?;
    let bottom = run_product(vm, &BigInt::one(), k)?;
    Ok(int_value(top / bottom))
}

pub fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    choose(vm, args, "comb", false)
}

pub fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    choose(vm, args, "perm", true)
}
