//! Counters for `--stats` and the log of unsupported calls (each said once).
use std::collections::{BTreeMap, BTreeSet};

#[derive(Default)]
pub struct Stats {
    pub instructions: u64,
    pub instructions_to_protected_mode: Option<u64>,
    /// Instructions until the first block ran in a 32-bit code segment (the
    /// COFF entry the stub jumps to).
    pub instructions_to_entry: Option<u64>,
    pub dos_calls: BTreeMap<u8, u64>,
    pub dpmi_calls: BTreeMap<u16, u64>,
    pub bios_calls: BTreeMap<(u8, u8), u64>,
    pub idle_calls: u64,
    /// HLT instructions, and the time the CPU was given up (HLT, idle calls).
    pub halts: u64,
    pub halted_us: u64,
    pub ctrl_c_delivered: u64,
    pub exceptions_delivered: u64,
    /// Asynchronous interrupts injected between instructions.
    pub upcalls: u64,
    logged: BTreeSet<String>,
}

impl Stats {
    pub fn count_dos(&mut self, ah: u8) {
        *self.dos_calls.entry(ah).or_default() += 1;
    }

    pub fn count_dpmi(&mut self, ax: u16) {
        *self.dpmi_calls.entry(ax).or_default() += 1;
    }

    pub fn count_bios(&mut self, vector: u8, ah: u8) {
        *self.bios_calls.entry((vector, ah)).or_default() += 1;
    }

    /// Reports an unsupported request on stderr the first time it happens.
    pub fn log_once(&mut self, message: String) {
        if self.logged.insert(message.clone()) {
            crate::dos::console::write_stderr(format!("dosrun: {message}\n").as_bytes());
        }
    }

    /// The `--stats` report.
    pub fn report(
        &self,
        wall_seconds: f64,
        emulated_us: u64,
        peak_dpmi: u64,
        peak_dos_paragraphs: u32,
    ) -> String {
        let mips = self.instructions as f64 / wall_seconds.max(1e-9) / 1e6;
        let mut out = String::new();
        out += &format!("dosrun: instructions: {}\n", self.instructions);
        if let Some(n) = self.instructions_to_protected_mode {
            out += &format!("dosrun: instructions to the DPMI mode switch: {n}\n");
        }
        if let Some(n) = self.instructions_to_entry {
            out += &format!("dosrun: instructions to the 32-bit entry: {n}\n");
        }
        out += &format!(
            "dosrun: wall time: {wall_seconds:.3} s, emulated time: {:.3} s, speed: {mips:.1} M instructions/s\n",
            emulated_us as f64 / 1e6
        );
        out += &calls_line("DOS", &self.dos_calls, |ah| format!("{ah:02X}h"));
        out += &calls_line("DPMI", &self.dpmi_calls, |ax| format!("{ax:04X}h"));
        out += &calls_line("BIOS", &self.bios_calls, |(v, ah)| {
            format!("{v:02X}h/{ah:02X}h")
        });
        out +=
            &format!(
            "dosrun: idle calls: {}, Ctrl-C delivered: {}, exceptions delivered: {}, upcalls: {}\n\
             dosrun: HLT: {}, CPU given up: {} us\n",
            self.idle_calls, self.ctrl_c_delivered, self.exceptions_delivered, self.upcalls,
            self.halts, self.halted_us
        );
        out += &format!(
            "dosrun: peak DPMI memory: {peak_dpmi} bytes, peak DOS memory: {} bytes\n",
            peak_dos_paragraphs as u64 * 16
        );
        out
    }
}

/// "dosrun: KIND calls: TOTAL (KEY:COUNT ...)".
fn calls_line<K: Copy>(kind: &str, map: &BTreeMap<K, u64>, key: impl Fn(K) -> String) -> String {
    let total: u64 = map.values().sum();
    let each: Vec<String> = map
        .iter()
        .map(|(k, n)| format!("{}:{n}", key(*k)))
        .collect();
    format!("dosrun: {kind} calls: {total} ({})\n", each.join(" "))
}
