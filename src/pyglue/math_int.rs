//! The integer functions of the `math` module: factorial, gcd, lcm,
//! isqrt, comb and perm. Products go through the int operators so they
//! grow into big ints where the interpreter has them.

use crate::vm::builtins::{arg_count, int_arg};
use crate::vm::bytecode::BinaryOp;
use crate::vm::object::func::Args;
use crate::vm::object::Value;
use crate::vm::{PyResult, Vm};

/// An integer argument; floats are refused as CPython does.
fn integer(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Value::Float(_) = v {
        return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
    }
    int_arg(vm, v)
}

pub fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "factorial", 1, 1)?;
    let n = integer(vm, &args.vals[0])?;
    if n < 0 {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let mut acc = Value::Int(1);
    for k in 2..=n {
        acc = int_op(vm, BinaryOp::Multiply, &acc, k)?;
    }
    Ok(acc)
}

/// `acc op k` through the int operators, so products past i64 become big ints.
fn int_op(vm: &mut Vm, op: BinaryOp, acc: &Value, k: i64) -> PyResult<Value> {
    vm.binary_op(op as u32, acc, &Value::Int(k))
}

fn gcd_pair(mut a: i64, mut b: i64) -> i64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs()
}

pub fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "gcd", 0, usize::MAX)?;
    let mut g = 0;
    for v in args.vals {
        let n = integer(vm, v)?;
        g = gcd_pair(g, n);
    }
    Ok(Value::Int(g))
}

pub fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "lcm", 0, usize::MAX)?;
    let mut l: i64 = 1;
    for v in args.vals {
        let n = integer(vm, v)?;
        if n == 0 || l == 0 {
            l = 0;
            continue;
        }
        l = (l / gcd_pair(l, n))
            .checked_mul(n.abs())
            .ok_or_else(|| vm.int_overflow())?;
    }
    Ok(Value::Int(l))
}

pub fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    arg_count(vm, args, "isqrt", 1, 1)?;
    let n = integer(vm, &args.vals[0])?;
    if n < 0 {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    let mut r = libm::sqrt(n as f64) as i64;
    while r.checked_mul(r).is_none_or(|sq| sq > n) {
        r -= 1;
    }
    while (r + 1).checked_mul(r + 1).is_some_and(|sq| sq <= n) {
        r += 1;
    }
    Ok(Value::Int(r))
}

/// comb and perm: n!/(n-k)! optionally divided by k!.
fn choose(vm: &mut Vm, args: Args, name: &str, ordered: bool) -> PyResult<Value> {
    arg_count(vm, args, name, if ordered { 1 } else { 2 }, 2)?;
    let n = integer(vm, &args.vals[0])?;
    let k = match args.vals.get(1) {
        Some(v) if !v.is_none() => integer(vm, v)?,
        _ => n,
    };
    if n < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k < 0 {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = if ordered { k } else { k.min(n - k) };
    // After each step acc is n!/(n-i-1)! (perm) or C(n, i+1) (comb): exact.
    let mut acc = Value::Int(1);
    for i in 0..k {
        acc = int_op(vm, BinaryOp::Multiply, &acc, n - i)?;
        if !ordered {
            acc = int_op(vm, BinaryOp::FloorDivide, &acc, i + 1)?;
        }
    }
    Ok(acc)
}

pub fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    choose(vm, args, "comb", false)
}

pub fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    choose(vm, args, "perm", true)
}
