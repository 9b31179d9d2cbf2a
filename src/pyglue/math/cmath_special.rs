//! cmath's values at infinite and NaN arguments: C99 Annex G's special
//! values, as CPython gives them. Each table is indexed by the class of
//! the real part, then of the imaginary part ([`class`]); the entries were
//! read off CPython 3.11 (`cmath.f(complex(re, im))` for one value of each
//! class), `EDOM` where it raises ValueError. A few results depend on the
//! finite part's value (an infinity in the direction of `cis(y)`): those
//! are [`cis_inf`] and [`cis_zero`], which the functions apply first.

use super::cmath::{CResult, Fail};
use crate::vm::eval::complex_ops::C;
use core::f64::consts::{FRAC_PI_2, FRAC_PI_4, PI};

/// One part of a special value, named short to keep the tables readable:
/// `M` is minus, `I` infinity, `N` NaN, `P12` pi/2, `P34` 3*pi/4...
#[derive(Clone, Copy)]
#[allow(clippy::upper_case_acronyms)]
pub(super) enum S {
    Z,
    MZ,
    ONE,
    MONE,
    I,
    MI,
    N,
    P12,
    MP12,
    P14,
    MP14,
    P34,
    MP34,
    P,
    MP,
}

/// A table entry: a value, or a domain error, or finite parts (never
/// looked up: finite arguments are computed).
#[derive(Clone, Copy)]
pub(super) enum E {
    V(S, S),
    Edom,
    Finite,
}

pub(super) type Table = [[E; 7]; 7];

use E::{Edom as EDOM, Finite as FIN, V};
use S::*;

/// The class of a part: -inf, negative, -0, +0, positive, +inf, NaN.
fn class(x: f64) -> usize {
    if x.is_nan() {
        6
    } else if x == f64::NEG_INFINITY {
        0
    } else if x == f64::INFINITY {
        5
    } else if x == 0.0 {
        if x.is_sign_negative() {
            2
        } else {
            3
        }
    } else if x < 0.0 {
        1
    } else {
        4
    }
}

fn value(s: S) -> f64 {
    match s {
        Z => 0.0,
        MZ => -0.0,
        ONE => 1.0,
        MONE => -1.0,
        I => f64::INFINITY,
        MI => f64::NEG_INFINITY,
        N => f64::NAN,
        P12 => FRAC_PI_2,
        MP12 => -FRAC_PI_2,
        P14 => FRAC_PI_4,
        MP14 => -FRAC_PI_4,
        P34 => 3.0 * FRAC_PI_4,
        MP34 => -3.0 * FRAC_PI_4,
        P => PI,
        MP => -PI,
    }
}

/// `table`'s value at the non-finite `z`.
pub(super) fn lookup(table: &Table, z: C) -> CResult {
    match table[class(z.0)][class(z.1)] {
        E::V(re, im) => Ok((value(re), value(im))),
        E::Edom => Err(Fail::Domain),
        E::Finite => Ok((f64::NAN, f64::NAN)),
    }
}

/// An infinity in the direction of `cis(y)`.
pub(super) fn cis_inf(y: f64) -> C {
    (
        libm::copysign(f64::INFINITY, libm::cos(y)),
        libm::copysign(f64::INFINITY, libm::sin(y)),
    )
}

/// A zero in the direction of `cis(y)`.
pub(super) fn cis_zero(y: f64) -> C {
    (
        libm::copysign(0.0, libm::cos(y)),
        libm::copysign(0.0, libm::sin(y)),
    )
}

pub(super) const SQRT: Table = [
    [
        V(I, MI),
        V(Z, MI),
        V(Z, MI),
        V(Z, I),
        V(Z, I),
        V(I, I),
        V(N, I),
    ],
    [V(I, MI), FIN, FIN, FIN, FIN, V(I, I), V(N, N)],
    [V(I, MI), FIN, FIN, FIN, FIN, V(I, I), V(N, N)],
    [V(I, MI), FIN, FIN, FIN, FIN, V(I, I), V(N, N)],
    [V(I, MI), FIN, FIN, FIN, FIN, V(I, I), V(N, N)],
    [
        V(I, MI),
        V(I, MZ),
        V(I, MZ),
        V(I, Z),
        V(I, Z),
        V(I, I),
        V(I, N),
    ],
    [
        V(I, MI),
        V(N, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(I, I),
        V(N, N),
    ],
];
pub(super) const EXP: Table = [
    [
        V(Z, Z),
        V(MZ, MZ),
        V(Z, MZ),
        V(Z, Z),
        V(MZ, Z),
        V(Z, Z),
        V(Z, Z),
    ],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, V(MI, MI), V(I, MZ), V(I, Z), V(MI, I), EDOM, V(I, N)],
    [
        V(N, N),
        V(N, N),
        V(N, MZ),
        V(N, Z),
        V(N, N),
        V(N, N),
        V(N, N),
    ],
];
pub(super) const LOG: Table = [
    [
        V(I, MP34),
        V(I, MP),
        V(I, MP),
        V(I, P),
        V(I, P),
        V(I, P34),
        V(I, N),
    ],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [
        V(I, MP14),
        V(I, MZ),
        V(I, MZ),
        V(I, Z),
        V(I, Z),
        V(I, P14),
        V(I, N),
    ],
    [
        V(I, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(I, N),
        V(N, N),
    ],
];
pub(super) const COSH: Table = [
    [EDOM, V(MI, I), V(I, Z), V(I, MZ), V(MI, MI), EDOM, V(I, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, Z)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, Z)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, V(MI, MI), V(I, MZ), V(I, Z), V(MI, I), EDOM, V(I, N)],
    [
        V(N, N),
        V(N, N),
        V(N, Z),
        V(N, Z),
        V(N, N),
        V(N, N),
        V(N, N),
    ],
];
pub(super) const SINH: Table = [
    [EDOM, V(I, MI), V(MI, MZ), V(MI, Z), V(I, I), EDOM, V(I, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(Z, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(Z, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, V(MI, MI), V(I, MZ), V(I, Z), V(MI, I), EDOM, V(I, N)],
    [
        V(N, N),
        V(N, N),
        V(N, MZ),
        V(N, Z),
        V(N, N),
        V(N, N),
        V(N, N),
    ],
];
pub(super) const TANH: Table = [
    [
        V(MONE, Z),
        V(MONE, Z),
        V(MONE, MZ),
        V(MONE, Z),
        V(MONE, MZ),
        V(MONE, Z),
        V(MONE, Z),
    ],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [EDOM, FIN, FIN, FIN, FIN, EDOM, V(N, N)],
    [
        V(ONE, Z),
        V(ONE, Z),
        V(ONE, MZ),
        V(ONE, Z),
        V(ONE, MZ),
        V(ONE, Z),
        V(ONE, Z),
    ],
    [
        V(N, N),
        V(N, N),
        V(N, MZ),
        V(N, Z),
        V(N, N),
        V(N, N),
        V(N, N),
    ],
];
pub(super) const ACOS: Table = [
    [
        V(P34, I),
        V(P, I),
        V(P, I),
        V(P, MI),
        V(P, MI),
        V(P34, MI),
        V(N, I),
    ],
    [V(P12, I), FIN, FIN, FIN, FIN, V(P12, MI), V(N, N)],
    [V(P12, I), FIN, FIN, FIN, FIN, V(P12, MI), V(P12, N)],
    [V(P12, I), FIN, FIN, FIN, FIN, V(P12, MI), V(P12, N)],
    [V(P12, I), FIN, FIN, FIN, FIN, V(P12, MI), V(N, N)],
    [
        V(P14, I),
        V(Z, I),
        V(Z, I),
        V(Z, MI),
        V(Z, MI),
        V(P14, MI),
        V(N, I),
    ],
    [
        V(N, I),
        V(N, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(N, MI),
        V(N, N),
    ],
];
pub(super) const ACOSH: Table = [
    [
        V(I, MP34),
        V(I, MP),
        V(I, MP),
        V(I, P),
        V(I, P),
        V(I, P34),
        V(I, N),
    ],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [
        V(I, MP14),
        V(I, MZ),
        V(I, MZ),
        V(I, Z),
        V(I, Z),
        V(I, P14),
        V(I, N),
    ],
    [
        V(I, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(I, N),
        V(N, N),
    ],
];
pub(super) const ASINH: Table = [
    [
        V(MI, MP14),
        V(MI, MZ),
        V(MI, MZ),
        V(MI, Z),
        V(MI, Z),
        V(MI, P14),
        V(MI, N),
    ],
    [V(MI, MP12), FIN, FIN, FIN, FIN, V(MI, P12), V(N, N)],
    [V(MI, MP12), FIN, FIN, FIN, FIN, V(MI, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [V(I, MP12), FIN, FIN, FIN, FIN, V(I, P12), V(N, N)],
    [
        V(I, MP14),
        V(I, MZ),
        V(I, MZ),
        V(I, Z),
        V(I, Z),
        V(I, P14),
        V(I, N),
    ],
    [
        V(I, N),
        V(N, N),
        V(N, MZ),
        V(N, Z),
        V(N, N),
        V(I, N),
        V(N, N),
    ],
];
pub(super) const ATANH: Table = [
    [
        V(MZ, MP12),
        V(MZ, MP12),
        V(MZ, MP12),
        V(MZ, P12),
        V(MZ, P12),
        V(MZ, P12),
        V(MZ, N),
    ],
    [V(MZ, MP12), FIN, FIN, FIN, FIN, V(MZ, P12), V(N, N)],
    [V(MZ, MP12), FIN, FIN, FIN, FIN, V(MZ, P12), V(MZ, N)],
    [V(Z, MP12), FIN, FIN, FIN, FIN, V(Z, P12), V(Z, N)],
    [V(Z, MP12), FIN, FIN, FIN, FIN, V(Z, P12), V(N, N)],
    [
        V(Z, MP12),
        V(Z, MP12),
        V(Z, MP12),
        V(Z, P12),
        V(Z, P12),
        V(Z, P12),
        V(Z, N),
    ],
    [
        V(Z, MP12),
        V(N, N),
        V(N, N),
        V(N, N),
        V(N, N),
        V(Z, P12),
        V(N, N),
    ],
];
