//! `math.exp` correctly rounded, as glibc (CPython's libm on the host)
//! answers: the `libm` crate's exp is within one ulp but not always the
//! nearest double (exp(1) came out 2.7182818284590455). Computed here in
//! double-double arithmetic, which needs no FPU features beyond + and *,
//! so the soft-float DOS build gives the same bits.

/// An unevaluated sum `hi + lo` with `|lo| <= ulp(hi) / 2`.
#[derive(Clone, Copy)]
struct DoubleDouble {
    hi: f64,
    lo: f64,
}

fn quick_two_sum(a: f64, b: f64) -> DoubleDouble {
    let hi = a + b;
    DoubleDouble {
        hi,
        lo: b - (hi - a),
    }
}

fn two_sum(a: f64, b: f64) -> DoubleDouble {
    let hi = a + b;
    let b_part = hi - a;
    DoubleDouble {
        hi,
        lo: (a - (hi - b_part)) + (b - b_part),
    }
}

/// Dekker's split of a double into two 26-bit halves.
fn split(a: f64) -> (f64, f64) {
    let t = 134_217_729.0 * a;
    let hi = t - (t - a);
    (hi, a - hi)
}

fn two_prod(a: f64, b: f64) -> DoubleDouble {
    let p = a * b;
    let (ah, al) = split(a);
    let (bh, bl) = split(b);
    DoubleDouble {
        hi: p,
        lo: ((ah * bh - p) + ah * bl + al * bh) + al * bl,
    }
}

impl DoubleDouble {
    fn add(self, other: DoubleDouble) -> DoubleDouble {
        let s = two_sum(self.hi, other.hi);
        let t = two_sum(self.lo, other.lo);
        let s = quick_two_sum(s.hi, s.lo + t.hi);
        quick_two_sum(s.hi, s.lo + t.lo)
    }

    fn mul(self, other: DoubleDouble) -> DoubleDouble {
        let p = two_prod(self.hi, other.hi);
        quick_two_sum(p.hi, p.lo + (self.hi * other.lo + self.lo * other.hi))
    }

    fn div_small(self, n: f64) -> DoubleDouble {
        let q1 = self.hi / n;
        let p = two_prod(q1, n);
        let rest = (self.hi - p.hi - p.lo + self.lo) / n;
        quick_two_sum(q1, rest)
    }
}

/// ln 2 in three parts; the first has 32 trailing zero bits so `k * LN2_HI` is exact.
const LN2_HI: f64 = f64::from_bits(0x3fe6_2e42_fee0_0000);
const LN2_LO: f64 = f64::from_bits(0x3dea_39ef_3579_3c76);
const LN2_TAIL: f64 = 1.161_222_722_936_253_2e-26;
/// exp(r) is taken for r / 2**SQUARINGS and squared back.
const SQUARINGS: i32 = 8;

/// e**x, correctly rounded for results in the normal range.
pub fn exp(x: f64) -> f64 {
    if !(-708.0..=709.0).contains(&x) {
        return libm::exp(x);
    }
    let k = libm::rint(x / LN2_HI);
    let scaled = two_prod(k, LN2_LO);
    let r = two_sum(x - k * LN2_HI, -scaled.hi).add(DoubleDouble {
        hi: -scaled.lo,
        lo: -k * LN2_TAIL,
    });
    let scale = libm::ldexp(1.0, -SQUARINGS);
    let r = DoubleDouble {
        hi: r.hi * scale,
        lo: r.lo * scale,
    };
    // Taylor series: |r| < 0.0014, eleven terms reach 2**-110.
    let mut term = r;
    let mut sum = DoubleDouble { hi: 1.0, lo: 0.0 }.add(r);
    for n in 2..=11 {
        term = term.mul(r).div_small(n as f64);
        sum = sum.add(term);
    }
    for _ in 0..SQUARINGS {
        sum = sum.mul(sum);
    }
    libm::ldexp(sum.hi + sum.lo, k as i32)
}
