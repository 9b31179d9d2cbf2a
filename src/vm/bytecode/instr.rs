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
        // SAFETY: the low byte is an `Opcode` discriminant: `new` stores one
        // and `try_from` checks it against `Opcode::ALL`; nothing else makes
        // an `Instr`, and `Opcode` is `repr(u8)`.
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

/// The instruction as a word: the opcode's number in the low byte, the
/// argument above it.
impl From<Instr> for u32 {
    fn from(i: Instr) -> u32 {
        i.0
    }
}

impl TryFrom<u32> for Instr {
    type Error = &'static str;

    fn try_from(word: u32) -> Result<Instr, Self::Error> {
        let op = Opcode::ALL
            .get((word & 0xFF) as usize)
            .ok_or("unknown opcode")?;
        Ok(Instr::new(*op, word >> 8))
    }
}

/// Serde for `Vec<Instr>` as bytes (little-endian words): frozen code
/// (src/pyglue/frozen_code.rs) decodes a code object's instructions in one
/// pass over a borrowed slice instead of one varint at a time.
pub mod as_words {
    use alloc::borrow::Cow;
    use alloc::vec::Vec;

    use serde::de::Error;
    use serde::{Deserializer, Serializer};

    use super::Instr;

    pub fn serialize<S: Serializer>(code: &[Instr], s: S) -> Result<S::Ok, S::Error> {
        let bytes: Vec<u8> = code
            .iter()
            .flat_map(|i| u32::from(*i).to_le_bytes())
            .collect();
        s.serialize_bytes(&bytes)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Instr>, D::Error> {
        let bytes: Cow<[u8]> = serde_bytes::deserialize(d)?;
        // Not `collect::<Result<..>>`: that cannot size the vector up front.
        let mut code = Vec::with_capacity(bytes.len() / 4);
        for w in bytes.chunks_exact(4) {
            let word = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
            code.push(Instr::try_from(word).map_err(D::Error::custom)?);
        }
        Ok(code)
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
            assert_eq!(Instr::try_from(u32::from(i)), Ok(i));
        }
    }
}
