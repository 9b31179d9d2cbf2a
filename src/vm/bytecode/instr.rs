//! One instruction word: 8-bit opcode + 24-bit argument in 4 bytes.
use super::Opcode;

/// The largest argument an instruction can carry (24 bits).
pub const MAX_ARG: u32 = 0x00FF_FFFF;

/// An instruction: `op` plus a 24-bit argument (0 when the op takes none).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(C, align(4))]
pub struct Instr {
    pub op: Opcode,
    arg_lo: u8,
    arg_hi: u16,
}

impl Instr {
    /// Builds an instruction; `arg` must be at most [`MAX_ARG`] (the
    /// compiler checks limits before and reports a SyntaxError instead).
    #[inline]
    pub const fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG);
        Instr {
            op,
            arg_lo: arg as u8,
            arg_hi: (arg >> 8) as u16,
        }
    }

    /// The 24-bit argument.
    #[inline(always)]
    pub const fn arg(self) -> u32 {
        self.arg_lo as u32 | (self.arg_hi as u32) << 8
    }

    /// Replaces the argument (used by the assembler to patch jump targets).
    #[inline]
    pub fn set_arg(&mut self, arg: u32) {
        *self = Instr::new(self.op, arg);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instr_is_one_word_and_round_trips_24_bit_args() {
        assert_eq!(core::mem::size_of::<Instr>(), 4);
        for arg in [0, 1, 255, 256, 65535, 65536, MAX_ARG] {
            let i = Instr::new(Opcode::LoadConst, arg);
            assert_eq!(i.arg(), arg);
            assert_eq!(i.op, Opcode::LoadConst);
        }
    }
}
