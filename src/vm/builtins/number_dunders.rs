//! The operator methods of `int`, `bool` and `float` (`(7).__add__(3)`,
//! `int.__lt__`...), their numeric attributes (`real`, `imag`,
//! `numerator`, `denominator`, `conjugate()`), answering NotImplemented
//! for foreign operands as CPython does.

use super::{add_getset, add_method};
use crate::vm::bytecode::{BinaryOp, CompareOp};
use crate::vm::object::bigint::as_big;
use crate::vm::object::func::{Args, NativeFn};
use crate::vm::object::Value;
use crate::vm::{PyResult, Vm};

fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_)) || as_big(v).is_some()
}

/// Whether `b` is an operand `a`'s own type handles: an int's methods take
/// only ints (`(1).__add__(1.5)` is NotImplemented, as in CPython, so the
/// float's reflected method answers), a float's take ints and floats.
fn handles(a: &Value, b: &Value) -> bool {
    match a {
        Value::Float(_) => is_number(b),
        _ => is_number(b) && !matches!(b, Value::Float(_)),
    }
}

fn binary(vm: &mut Vm, args: Args, op: BinaryOp, reflected: bool) -> PyResult<Value> {
    super::method_args(vm, args, op.symbol(), 1, 1)?;
    let (a, b) = (&args.vals[0], &super::subclass::unboxed(&args.vals[1]));
    if !handles(&super::subclass::unboxed(a), b) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    if reflected {
        vm.binary_op(op as u32, b, a)
    } else {
        vm.binary_op(op as u32, a, b)
    }
}

fn compare(vm: &mut Vm, args: Args, op: CompareOp) -> PyResult<Value> {
    super::method_args(vm, args, op.symbol(), 1, 1)?;
    let (a, b) = (&args.vals[0], &super::subclass::unboxed(&args.vals[1]));
    if !is_number(b) {
        return Ok(Value::Obj(vm.not_implemented.clone()));
    }
    vm.compare(op, a, b)
}

/// How many of [`BINOPS`] (the arithmetic ones, first) floats have too;
/// the bitwise and shift operators are int-only.
const FLOAT_BINOPS: usize = 7;

binops! {
    add, radd, "__add__", "__radd__" = Add;
    sub, rsub, "__sub__", "__rsub__" = Subtract;
    mul, rmul, "__mul__", "__rmul__" = Multiply;
    truediv, rtruediv, "__truediv__", "__rtruediv__" = TrueDivide;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__" = FloorDivide;
    modulo, rmodulo, "__mod__", "__rmod__" = Remainder;
    pow, rpow, "__pow__", "__rpow__" = Power;
    and, rand, "__and__", "__rand__" = And;
    or, ror, "__or__", "__ror__" = Or;
    xor, rxor, "__xor__", "__rxor__" = Xor;
    lshift, rlshift, "__lshift__", "__rlshift__" = LShift;
    rshift, rrshift, "__rshift__", "__rrshift__" = RShift;
}

macro_rules! cmpops {
    ($($name:ident = $op:ident;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                compare(vm, args, CompareOp::$op)
            }
        )*
        const CMPOPS: &[(&str, NativeFn)] = &[$((concat!("__", stringify!($name), "__"), $name),)*];
    };
}

cmpops! {
    eq = Eq;
    ne = Ne;
    lt = Lt;
    le = Le;
    gt = Gt;
    ge = Ge;
}

fn neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.neg(&args.vals[0])
}

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match &args.vals[0] {
        Value::Float(f) => Ok(Value::Float(libm::fabs(*f))),
        v => {
            let v = v.clone();
            let negative = match as_big(&v) {
                Some(n) => n.sign() == num_bigint::Sign::Minus,
                None => crate::vm::eval::ops::as_int(&v).is_some_and(|i| i < 0),
            };
            if negative {
                vm.neg(&v)
            } else {
                vm.pos(&v)
            }
        }
    }
}

fn invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.invert(&args.vals[0])
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.truthy(&args.vals[0])?))
}

fn itself(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.pos(&args.vals[0])
}

fn real(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    vm.pos(v)
}

fn imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match v {
        Value::Float(_) => Value::Float(0.0),
        _ => Value::Int(0),
    })
}

fn one(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::Int(1))
}

/// `int.__repr__(x)` / `float.__repr__(x)`: the number's own repr (for a
/// subclass instance too, whatever its class's `__repr__` says).
fn repr_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    super::method_args(vm, args, "__repr__", 0, 0)?;
    let v = super::subclass::unboxed(&args.vals[0]);
    if !is_number(&v) {
        let m = alloc::format!(
            "descriptor '__repr__' requires a number, not '{}'",
            vm.type_name(&v)
        );
        return Err(vm.type_error(m));
    }
    let s = vm.repr_string(&v)?;
    Ok(vm.new_str_value(s))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.clone();
    for (cls, ops) in [(&t.int, BINOPS), (&t.float, &BINOPS[..FLOAT_BINOPS])] {
        for (name, rname, f, rf) in ops {
            add_method(vm, cls, name, *f);
            add_method(vm, cls, rname, *rf);
        }
        for (name, f) in CMPOPS {
            add_method(vm, cls, name, *f);
        }
        add_method(vm, cls, "__neg__", neg);
        add_method(vm, cls, "__pos__", itself);
        add_method(vm, cls, "__abs__", abs);
        add_method(vm, cls, "__bool__", bool_);
        add_method(vm, cls, "__repr__", repr_);
        add_method(vm, cls, "conjugate", itself);
        add_getset(vm, cls, "real", real, None);
        add_getset(vm, cls, "imag", imag, None);
    }
    add_method(vm, &t.int, "__invert__", invert);
    add_getset(vm, &t.int, "numerator", real, None);
    add_getset(vm, &t.int, "denominator", one, None);
}
