//! A snapshot of the registers a DOS, BIOS or DPMI service reads and answers in.
use crate::cpu::{Cpu, Reg};

pub const FLAG_CARRY: u32 = 1 << 0;
pub const FLAG_ZERO: u32 = 1 << 6;
pub const FLAG_TRAP: u32 = 1 << 8;
pub const FLAG_INTERRUPT: u32 = 1 << 9;
/// The arithmetic flags a service may hand back (CF PF AF ZF SF OF).
pub const FLAGS_STATUS: u32 = 0x8D5;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Regs {
    pub eax: u32,
    pub ebx: u32,
    pub ecx: u32,
    pub edx: u32,
    pub esi: u32,
    pub edi: u32,
    pub ebp: u32,
    pub esp: u32,
    pub eflags: u32,
    pub cs: u16,
    pub ip: u32,
    pub ds: u16,
    pub es: u16,
    pub fs: u16,
    pub gs: u16,
    pub ss: u16,
}

/// The 16- and 8-bit views of a general register (a complete set, so some
/// go unused).
macro_rules! word_and_bytes {
    ($reg:ident, $w:ident, $set_w:ident, $h:ident, $set_h:ident, $l:ident, $set_l:ident) => {
        pub fn $w(&self) -> u16 {
            self.$reg as u16
        }
        pub fn $set_w(&mut self, v: u16) {
            self.$reg = (self.$reg & 0xFFFF_0000) | v as u32;
        }
        #[allow(dead_code)]
        pub fn $h(&self) -> u8 {
            (self.$reg >> 8) as u8
        }
        pub fn $set_h(&mut self, v: u8) {
            self.$reg = (self.$reg & 0xFFFF_00FF) | ((v as u32) << 8);
        }
        pub fn $l(&self) -> u8 {
            self.$reg as u8
        }
        #[allow(dead_code)]
        pub fn $set_l(&mut self, v: u8) {
            self.$reg = (self.$reg & 0xFFFF_FF00) | v as u32;
        }
    };
}

impl Regs {
    word_and_bytes!(eax, ax, set_ax, ah, set_ah, al, set_al);
    word_and_bytes!(ebx, bx, set_bx, bh, set_bh, bl, set_bl);
    word_and_bytes!(ecx, cx, set_cx, ch, set_ch, cl, set_cl);
    word_and_bytes!(edx, dx, set_dx, dh, set_dh, dl, set_dl);

    pub fn si(&self) -> u16 {
        self.esi as u16
    }
    pub fn set_si(&mut self, v: u16) {
        self.esi = (self.esi & 0xFFFF_0000) | v as u32;
    }
    pub fn di(&self) -> u16 {
        self.edi as u16
    }
    pub fn set_di(&mut self, v: u16) {
        self.edi = (self.edi & 0xFFFF_0000) | v as u32;
    }

    pub fn set_carry(&mut self, on: bool) {
        self.set_flag(FLAG_CARRY, on);
    }
    pub fn set_zero(&mut self, on: bool) {
        self.set_flag(FLAG_ZERO, on);
    }
    fn set_flag(&mut self, flag: u32, on: bool) {
        if on {
            self.eflags |= flag;
        } else {
            self.eflags &= !flag;
        }
    }

    /// Success: CF clear.
    pub fn ok(&mut self) {
        self.set_carry(false);
    }

    /// Failure the DOS way: CF set and the error code in AX.
    pub fn fail(&mut self, code: u16) {
        self.set_ax(code);
        self.set_carry(true);
    }

    pub fn read(cpu: Cpu) -> Regs {
        Regs {
            eax: cpu.get(Reg::Eax),
            ebx: cpu.get(Reg::Ebx),
            ecx: cpu.get(Reg::Ecx),
            edx: cpu.get(Reg::Edx),
            esi: cpu.get(Reg::Esi),
            edi: cpu.get(Reg::Edi),
            ebp: cpu.get(Reg::Ebp),
            esp: cpu.get(Reg::Esp),
            eflags: cpu.get(Reg::Eflags),
            cs: cpu.get(Reg::Cs) as u16,
            ip: cpu.get(Reg::Eip),
            ds: cpu.get(Reg::Ds) as u16,
            es: cpu.get(Reg::Es) as u16,
            fs: cpu.get(Reg::Fs) as u16,
            gs: cpu.get(Reg::Gs) as u16,
            ss: cpu.get(Reg::Ss) as u16,
        }
    }

    /// Writes back the general registers and flags (not segments, not EIP).
    pub fn write_general(&self, cpu: Cpu) {
        cpu.set(Reg::Eax, self.eax);
        cpu.set(Reg::Ebx, self.ebx);
        cpu.set(Reg::Ecx, self.ecx);
        cpu.set(Reg::Edx, self.edx);
        cpu.set(Reg::Esi, self.esi);
        cpu.set(Reg::Edi, self.edi);
        cpu.set(Reg::Ebp, self.ebp);
        cpu.set(Reg::Esp, self.esp);
        cpu.set(Reg::Eflags, self.eflags);
    }

    /// Decodes a DPMI real-mode call structure (0300h/0301h, callbacks).
    pub fn from_call_struct(b: &[u8]) -> Regs {
        let d = |o: usize| u32::from_le_bytes([b[o], b[o + 1], b[o + 2], b[o + 3]]);
        let w = |o: usize| u16::from_le_bytes([b[o], b[o + 1]]);
        Regs {
            edi: d(0x00),
            esi: d(0x04),
            ebp: d(0x08),
            ebx: d(0x10),
            edx: d(0x14),
            ecx: d(0x18),
            eax: d(0x1C),
            eflags: w(0x20) as u32,
            es: w(0x22),
            ds: w(0x24),
            fs: w(0x26),
            gs: w(0x28),
            ip: w(0x2A) as u32,
            cs: w(0x2C),
            esp: w(0x2E) as u32,
            ss: w(0x30),
        }
    }

    pub fn to_call_struct(&self) -> [u8; CALL_STRUCT_SIZE] {
        let mut b = [0u8; CALL_STRUCT_SIZE];
        let mut d = |o: usize, v: u32| b[o..o + 4].copy_from_slice(&v.to_le_bytes());
        d(0x00, self.edi);
        d(0x04, self.esi);
        d(0x08, self.ebp);
        d(0x10, self.ebx);
        d(0x14, self.edx);
        d(0x18, self.ecx);
        d(0x1C, self.eax);
        let words = [
            (0x20, self.eflags as u16),
            (0x22, self.es),
            (0x24, self.ds),
            (0x26, self.fs),
            (0x28, self.gs),
            (0x2A, self.ip as u16),
            (0x2C, self.cs),
            (0x2E, self.esp as u16),
            (0x30, self.ss),
        ];
        for (o, v) in words {
            b[o..o + 2].copy_from_slice(&v.to_le_bytes());
        }
        b
    }
}

/// Size of the DPMI real-mode call structure.
pub const CALL_STRUCT_SIZE: usize = 0x32;
