//! One instruction word: 8-bit opcode + 24-bit argument in 4 bytes.
use super::Opcode;

/// The largest argument an instruction can carry (24 bits).
pub const MAX_ARG: u32 = 0x00FF_FFFF;

/// An instruction: `op` in the low byte of one word, a 24-bit argument (0
/// when the op takes none) above it. One word, so that the eval loop fetches
/// and decodes it with one load and one shift.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Instr(u32);

impl Instr {
    /// Builds an instruction; `arg` must be at most [`MAX_ARG`] (the
    /// compiler checks limits before and reports a SyntaxError instead).
    #[inline]
    pub const fn new(op: Opcode, arg: u32) -> Instr {
        debug_assert!(arg <= MAX_ARG);
        Instr(op as u32 | arg << 8)
    }

    /// The operation.
    #[inline(always)]
    #[allow(unsafe_code)]
    pub const fn op(self) -> Opcode {
        // SAFETY: the low byte is an `Opcode` discriminant: `new` is the only
        // way to make an `Instr` and stores one (frozen code's opcode bytes
        // are checked against `Opcode::ALL` first, bytecode/pack.rs), and
        // `Opcode` is `repr(u8)`.
        unsafe { core::mem::transmute::<u8, Opcode>(self.0 as u8) }
    }

    /// The 24-bit argument.
    #[inline(always)]
    pub const fn arg(self) -> u32 {
        self.0 >> 8
    }

    /// Replaces the argument (used by the assembler to patch jump targets).
    #[inline]
    pub fn set_arg(&mut self, arg: u32) {
        *self = Instr::new(self.op(), arg);
    }
}

impl core::fmt::Debug for Instr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:?}({})", self.op(), self.arg())
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
            assert_eq!(i.op(), Opcode::LoadConst);
        }
    }
}
