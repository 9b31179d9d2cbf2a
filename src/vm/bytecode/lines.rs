//! The line table: source position of every instruction, run-length coded
//! (one entry per run of instructions sharing a position).
use alloc::vec::Vec;

use serde::{Deserialize, Serialize};

/// A source range (1-based lines, 0-based UTF-8 byte columns as CPython's
/// `ast`), used by tracebacks.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Maps instruction indices to [`Location`]s.
#[derive(Clone, PartialEq, Eq, Debug, Default, Serialize, Deserialize)]
pub struct LineTable {
    /// (first instruction index of the run, its location), sorted by index.
    runs: Vec<(u32, Location)>,
}

impl LineTable {
    /// Records that instructions from `pc` on have location `loc`; `pc`
    /// must not decrease between calls.
    pub fn push(&mut self, pc: u32, loc: Location) {
        match self.runs.last_mut() {
            Some((_, last)) if *last == loc => {}
            Some((start, last)) if *start == pc => *last = loc,
            _ => self.runs.push((pc, loc)),
        }
    }

    /// The location of the instruction at `pc` (default if the table is empty).
    pub fn location(&self, pc: u32) -> Location {
        let i = self.runs.partition_point(|(start, _)| *start <= pc);
        if i == 0 {
            return self.runs.first().map(|r| r.1).unwrap_or_default();
        }
        self.runs[i - 1].1
    }

    /// The line of the instruction at `pc`.
    pub fn line(&self, pc: u32) -> u32 {
        self.location(pc).line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(line: u32) -> Location {
        Location {
            line,
            end_line: line,
            col: 0,
            end_col: 1,
        }
    }

    #[test]
    fn runs_map_every_pc_to_its_line() {
        let mut t = LineTable::default();
        t.push(0, at(1));
        t.push(1, at(1));
        t.push(3, at(2));
        t.push(3, at(3));
        t.push(7, at(1));
        let lines: Vec<u32> = (0..9).map(|pc| t.line(pc)).collect();
        assert_eq!(lines, [1, 1, 1, 3, 3, 3, 3, 1, 1]);
    }
}
