//! The line table: source position of every instruction, run-length coded
//! into bytes. Each run of instructions sharing a position is one record of
//! five LEB128 varints: run length, line (zigzag delta from the previous
//! run's), end line (zigzag delta from line), column, end column. A record
//! is ~5 bytes where a `(pc, Location)` pair took 20. Frozen code keeps
//! lines only ([`LineTable::without_columns`]: records of two varints, run
//! length and line delta): its tracebacks show no source line, so no caret
//! line either, and columns were most of the frozen modules' line bytes.
//! Lookups decode from the start; they happen only when a traceback is
//! shown (its entries keep pcs).
use alloc::borrow::Cow;
use alloc::vec::Vec;

/// A source range (1-based lines, 0-based UTF-8 byte columns as CPython's
/// `ast`), used by tracebacks.
#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Location {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// Maps instruction indices to [`Location`]s.
/// Frozen code borrows its table from its module's kept bytes
/// (bytecode/pack.rs).
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct LineTable {
    records: Cow<'static, [u8]>,
    /// Records carry end line and columns (else run length and line only).
    columns: bool,
}

fn zigzag(delta: i64) -> u64 {
    ((delta << 1) ^ (delta >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    (v >> 1) as i64 ^ -((v & 1) as i64)
}

/// Append `v` as a LEB128 varint (7 bits a byte, high bit = more); the
/// packed frozen form (`pack`) writes its numbers the same way.
pub(super) fn push_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push(v as u8 | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads the varints of a record stream (0 past the end).
struct Varints<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Varints<'_> {
    fn next(&mut self) -> u64 {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&b) = self.bytes.get(self.pos) else {
                break;
            };
            self.pos += 1;
            v |= u64::from(b & 0x7F) << shift;
            if b < 0x80 {
                break;
            }
        }
        v
    }
}

impl LineTable {
    /// The table for instructions whose locations are `locs` (one per pc).
    pub fn new(locs: &[Location]) -> LineTable {
        let mut records = Vec::new();
        let mut prev_line = 0i64;
        let mut rest = locs;
        while let Some(&loc) = rest.first() {
            let run = rest.iter().take_while(|l| **l == loc).count();
            let line = i64::from(loc.line);
            push_varint(&mut records, run as u64);
            push_varint(&mut records, zigzag(line - prev_line));
            push_varint(&mut records, zigzag(i64::from(loc.end_line) - line));
            push_varint(&mut records, u64::from(loc.col));
            push_varint(&mut records, u64::from(loc.end_col));
            prev_line = line;
            rest = &rest[run..];
        }
        records.shrink_to_fit();
        LineTable {
            records: Cow::Owned(records),
            columns: true,
        }
    }

    /// The same table with line numbers only (every location's end line
    /// its line, columns 0), as frozen code keeps it.
    pub fn without_columns(&self) -> LineTable {
        let mut lines: Vec<(u64, u32)> = Vec::new();
        for (run, loc) in self.runs() {
            match lines.last_mut() {
                Some((n, line)) if *line == loc.line => *n += run,
                _ => lines.push((run, loc.line)),
            }
        }
        let mut records = Vec::new();
        let mut prev_line = 0i64;
        for (run, line) in lines {
            push_varint(&mut records, run);
            push_varint(&mut records, zigzag(i64::from(line) - prev_line));
            prev_line = line.into();
        }
        records.shrink_to_fit();
        LineTable {
            records: Cow::Owned(records),
            columns: false,
        }
    }

    /// The records (for bytecode/pack.rs) and whether they carry columns.
    pub fn parts(&self) -> (&[u8], bool) {
        (&self.records, self.columns)
    }

    /// The table of [`LineTable::parts`].
    pub fn from_parts(records: Cow<'static, [u8]>, columns: bool) -> LineTable {
        LineTable { records, columns }
    }

    /// Each run of instructions sharing a location: its length and location.
    fn runs(&self) -> impl Iterator<Item = (u64, Location)> + '_ {
        let mut r = Varints {
            bytes: &self.records,
            pos: 0,
        };
        let mut line = 0i64;
        core::iter::from_fn(move || {
            if r.pos >= self.records.len() {
                return None;
            }
            let run = r.next();
            line += unzigzag(r.next());
            let loc = match self.columns {
                true => Location {
                    line: line as u32,
                    end_line: (line + unzigzag(r.next())) as u32,
                    col: r.next() as u32,
                    end_col: r.next() as u32,
                },
                false => Location {
                    line: line as u32,
                    end_line: line as u32,
                    col: 0,
                    end_col: 0,
                },
            };
            Some((run, loc))
        })
    }

    /// The location of the instruction at `pc` (the last run's past the
    /// end; default if the table is empty).
    pub fn location(&self, pc: u32) -> Location {
        let (mut loc, mut end) = (Location::default(), 0u64);
        for (run, l) in self.runs() {
            end += run;
            loc = l;
            if u64::from(pc) < end {
                break;
            }
        }
        loc
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
        let t = LineTable::new(&[
            at(1),
            at(1),
            at(1),
            at(3),
            at(3),
            at(3),
            at(3),
            at(1),
            at(1),
        ]);
        let lines: Vec<u32> = (0..10).map(|pc| t.line(pc)).collect();
        assert_eq!(lines, [1, 1, 1, 3, 3, 3, 3, 1, 1, 1]);
        assert_eq!(LineTable::new(&[]).location(0), Location::default());
    }

    #[test]
    fn big_and_backward_positions_round_trip() {
        let far = Location {
            line: 70_000,
            end_line: 70_002,
            col: 300,
            end_col: 5,
        };
        let back = Location {
            line: 2,
            end_line: 2,
            col: 0,
            end_col: u32::MAX,
        };
        let t = LineTable::new(&[far, back, far]);
        assert_eq!(
            [t.location(0), t.location(1), t.location(2)],
            [far, back, far]
        );
    }

    #[test]
    fn without_columns_keeps_every_line() {
        let mut locs = [at(1), at(1), at(3), at(3), at(3), at(1), at(70_000)];
        locs[1].col = 7;
        locs[3].end_col = 9;
        let t = LineTable::new(&locs);
        let lines = t.without_columns();
        assert!(lines.parts().0.len() < t.parts().0.len());
        for pc in 0..9 {
            assert_eq!(lines.line(pc), t.line(pc));
            let loc = lines.location(pc);
            assert_eq!((loc.end_line, loc.col, loc.end_col), (loc.line, 0, 0));
        }
    }
}
