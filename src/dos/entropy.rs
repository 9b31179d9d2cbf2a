//! `os.urandom` on DOS: a 486 has no random-number instruction, no RDTSC
//! (it came with the Pentium) and DOS no kernel pool, so the bytes come from
//! timing jitter. The CPU and the 8254 PIT run off separate crystals; how
//! far the PIT's 1.19 MHz count moves while the CPU spins a varying number
//! of loops wobbles with the clocks' drift, DRAM refresh, cache misses and
//! interrupts. A pool is seeded once from 256 such samples plus the BIOS
//! tick, the PIT count and DOS's date and time, all hashed with SHA-256;
//! each request then hashes the pool, a counter and a fresh sample per
//! 32-byte block. This is good enough for hash seeds, temporary names and
//! UUIDs, not a cryptographic generator (under an emulator whose PIT runs
//! on a virtual clock the samples may even repeat from run to run).

use core::cell::Cell;

use sha2::{Digest, Sha256};

use super::{clock, timer, xfer};
use crate::global::Global;

/// The pool (None until the first request) and the blocks drawn so far.
static POOL: Global<Cell<Option<[u8; 32]>>> = Global::new(Cell::new(None));
static COUNTER: Global<Cell<u64>> = Global::new(Cell::new(0));

/// Jitter samples hashed into the pool at the first request.
const SAMPLES: u32 = 256;

/// One jitter sample: the PIT count after spinning a number of loops that
/// depends on the previous sample, so the work itself varies.
fn sample(previous: u16) -> u16 {
    let spins = 16 + (previous & 0xff) as u32;
    let mut x = previous as u32;
    for i in 0..spins {
        x = core::hint::black_box(x.rotate_left(5) ^ i);
    }
    timer::channel0_count() ^ (x as u16)
}

fn seed() -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(clock::bios_ticks().to_le_bytes());
    h.update(timer::channel0_count().to_le_bytes());
    for ah in [0x2a00, 0x2c00] {
        if let Ok(r) = xfer::int21(xfer::ax(ah)) {
            h.update(r.ecx.to_le_bytes());
            h.update(r.edx.to_le_bytes());
        }
    }
    let mut s = 0;
    for _ in 0..SAMPLES {
        s = sample(s);
        h.update(s.to_le_bytes());
    }
    h.finalize().into()
}

/// Fill `buf` with pool output (see the module comment).
pub fn fill(buf: &mut [u8]) {
    let pool = POOL.get().unwrap_or_else(seed);
    POOL.set(Some(pool));
    for chunk in buf.chunks_mut(32) {
        let n = COUNTER.get();
        COUNTER.set(n + 1);
        let mut h = Sha256::new();
        h.update(pool);
        h.update(n.to_le_bytes());
        h.update(sample(n as u16).to_le_bytes());
        let block: [u8; 32] = h.finalize().into();
        chunk.copy_from_slice(&block[..chunk.len()]);
    }
}
