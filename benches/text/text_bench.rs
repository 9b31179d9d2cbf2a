//! Rust side of the text benchmark (see benches/text/floats.py, which
//! runs the same cases under CPython): formats 1,000,000 floats with
//! `repr` and two format specs (odd-numbered floats are decimals like
//! 1234.567). Prints `name best-seconds checksum` per case.

use mpydos::vm::text::{float_repr, format_float, FormatSpec};
use std::time::Instant;

const N: usize = 1_000_000;

fn floats() -> Vec<f64> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..N)
        .map(|i| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            if i % 2 == 0 {
                let x = f64::from_bits(state);
                if x.is_finite() {
                    x
                } else {
                    1.5
                }
            } else {
                (state % 10_000_000) as f64 / 1000.0
            }
        })
        .collect()
}

/// The best of three runs, to shrug off load from other processes.
const ROUNDS: usize = 3;

fn bench(name: &str, xs: &[f64], mut format_one: impl FnMut(&mut String, f64)) {
    let mut out = String::with_capacity(64);
    let mut best = f64::INFINITY;
    let mut total = 0;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        total = 0;
        for &x in xs {
            out.clear();
            format_one(&mut out, x);
            total += out.chars().count();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!("{name} {best:.6} {total}");
}

fn main() {
    let xs = floats();
    let decimals: Vec<f64> = xs.iter().skip(1).step_by(2).copied().collect();
    bench("repr", &xs, float_repr);
    bench("repr_decimal", &decimals, float_repr);
    for (name, spec, data) in [
        ("format_.3f", ".3f", &decimals),
        ("format_,.6g", ",.6g", &xs),
    ] {
        let spec = FormatSpec::parse(spec, "float").expect("valid spec");
        bench(name, data, |out, x| {
            format_float(out, x, &spec, "float").expect("float formats")
        });
    }
}
