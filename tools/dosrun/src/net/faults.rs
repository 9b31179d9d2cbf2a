//! Fault injection for TCP robustness tests: frames lost, duplicated or
//! held back behind the next one, decided by a seeded generator so a run
//! with the same seed makes the same decisions in the same order.
use super::options::NetOptions;
use std::time::{Duration, Instant};

/// Longest a frame is held back waiting for a next one to overtake it: a
/// real network reorders within a burst, it does not keep the last frame
/// of a burst until the sender's retransmission timer fires.
const HOLD_LIMIT: Duration = Duration::from_millis(5);

pub struct Faults {
    loss: f64,
    reorder: f64,
    dup: f64,
    state: u64,
    /// A frame held back to go out after the next one, and since when.
    held: Option<(Vec<u8>, Instant)>,
    pub lost: u64,
    pub duplicated: u64,
    pub reordered: u64,
}

impl Faults {
    pub fn new(options: &NetOptions) -> Faults {
        Faults {
            loss: options.loss,
            reorder: options.reorder,
            dup: options.dup,
            state: options.seed.max(1),
            held: None,
            lost: 0,
            duplicated: 0,
            reordered: 0,
        }
    }

    /// xorshift64*: a uniform number in [0, 1). Hand-written: four lines
    /// beat a dependency, and the sequence must never change under us.
    fn chance(&mut self, p: f64) -> bool {
        if p <= 0.0 {
            return false;
        }
        self.state ^= self.state >> 12;
        self.state ^= self.state << 25;
        self.state ^= self.state >> 27;
        let x = self.state.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
        (x as f64 / (1u64 << 53) as f64) < p
    }

    /// The frames to pass on in place of `frame` (none, one, or more).
    pub fn apply(&mut self, frame: Vec<u8>, out: &mut Vec<Vec<u8>>) {
        if self.chance(self.loss) {
            self.lost += 1;
            return;
        }
        if self.chance(self.dup) {
            self.duplicated += 1;
            out.push(frame.clone());
        }
        if self.held.is_none() && self.chance(self.reorder) {
            self.reordered += 1;
            self.held = Some((frame, Instant::now()));
            return;
        }
        out.push(frame);
        out.extend(self.held.take().map(|(held, _)| held));
    }

    /// Lets a held frame go when no other frame overtook it in time.
    pub fn release_overdue(&mut self, out: &mut Vec<Vec<u8>>) {
        if self
            .held
            .as_ref()
            .is_some_and(|(_, since)| since.elapsed() >= HOLD_LIMIT)
        {
            out.extend(self.held.take().map(|(held, _)| held));
        }
    }
}
