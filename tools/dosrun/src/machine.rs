//! The machine: CPU + memory + the emulated DOS, BIOS and DPMI host, and the
//! run loop that drives them. Hooks (interrupts, ports, blocks) land here and
//! are routed to the service modules.
use crate::cli::Config;
use crate::clock::Clock;
use crate::cpu::{Cpu, Reg};
use crate::dos::Dos;
use crate::dpmi::Dpmi;
use crate::keyboard::Keyboard;
use crate::memory::Memory;
use crate::outcome::{Run, Stop};
use crate::ports::Pit;
use crate::stats::Stats;
use crate::unicorn as uc;
use std::ffi::c_void;

/// Entries in the block-size cache (a power of two).
const BLOCK_CACHE_SIZE: usize = 1 << 16;
/// How often (in instructions) the run loop looks at the clock and the timeout.
const HOUSEKEEPING_EVERY: u64 = 1 << 16;

pub struct Machine {
    pub cpu: Cpu,
    pub memory: Memory,
    pub config: Config,
    pub clock: Clock,
    pub keyboard: Keyboard,
    pub dos: Dos,
    pub dpmi: Dpmi,
    pub stats: Stats,
    pub pit: Pit,
    pub cmos: crate::cmos::Cmos,
    /// The packet driver and its libslirp network (`--net`).
    pub net: Option<crate::net::Network>,
    pub upcalls: crate::upcalls::Upcalls,
    /// Housekeeping stopped the CPU so the run loop injects an upcall.
    pub inject_now: bool,
    /// Set by a hook that ends the run; the run loop returns it.
    stop: Option<Stop>,
    next_housekeeping: u64,
    /// Registers to load when a mode switch lands (see `dpmi::realcall`).
    pub pending_switch: Option<crate::regs::Regs>,
    /// Instructions per translation block: a direct-mapped cache indexed by
    /// the block's linear address (Unicorn only reports byte sizes).
    block_sizes: Vec<(u64, u64)>,
}

impl Machine {
    pub fn new(config: Config) -> Run<Box<Machine>> {
        let cpu = Cpu::open().map_err(Stop::Fault)?;
        let memory = Memory::new(cpu, config.mem_mb << 20)?;
        let clock = Clock::new(config.mips);
        let dos = Dos::new(&config);
        let dpmi = Dpmi::new(!config.no_dpmi);
        let net = match &config.net {
            Some(options) => Some(crate::net::Network::new(options).map_err(Stop::Fault)?),
            None => None,
        };
        Ok(Box::new(Machine {
            cpu,
            memory,
            clock,
            keyboard: Keyboard::from_stdin(),
            dos,
            dpmi,
            stats: Stats::default(),
            pit: Pit::default(),
            cmos: Default::default(),
            net,
            upcalls: Default::default(),
            inject_now: false,
            stop: None,
            next_housekeeping: HOUSEKEEPING_EVERY,
            pending_switch: None,
            block_sizes: vec![(u64::MAX, 0); BLOCK_CACHE_SIZE],
            config,
        }))
    }

    /// Prepares the machine (ROM, vectors, BIOS data) and loads the program.
    /// `Err` is a one-line reason the program cannot be loaded.
    pub fn boot(&mut self, program: &std::path::Path) -> Result<(), String> {
        crate::rom::install(&mut self.memory, self.config.fpu).map_err(|e| e.to_string())?;
        crate::dpmi::descriptors::Descriptors::install(&mut self.memory, self.cpu)
            .map_err(|e| e.to_string())?;
        crate::bios::update_ticks(self).map_err(|e| e.to_string())?;
        crate::net::install(self).map_err(|e| e.to_string())?;
        let args = self.config.args.clone();
        crate::dos::process::load(self, program, &args)?;
        if self.clock.is_virtual() {
            self.keyboard.preload();
        }
        Ok(())
    }

    pub fn protected(&self) -> bool {
        self.cpu.get(Reg::Cr0) & 1 != 0
    }

    /// Ends the run from inside a hook.
    pub fn halt(&mut self, why: Stop) {
        if self.stop.is_none() {
            self.stop = Some(why);
        }
        self.cpu.stop();
    }

    fn install_hooks(self: &mut Box<Self>) -> Run<()> {
        let data = &mut **self as *mut Machine as *mut c_void;
        // SAFETY: each callback has the C signature of its hook type, and the
        // boxed machine outlives the engine (closed in `run`).
        unsafe {
            let hooks: [(i32, *mut c_void, Option<i32>); 5] = [
                (uc::UC_HOOK_INTR, on_interrupt as *mut c_void, None),
                (uc::UC_HOOK_BLOCK, on_block as *mut c_void, None),
                (
                    uc::UC_HOOK_INSN,
                    on_port_in as *mut c_void,
                    Some(uc::UC_X86_INS_IN),
                ),
                (
                    uc::UC_HOOK_INSN,
                    on_port_out as *mut c_void,
                    Some(uc::UC_X86_INS_OUT),
                ),
                (uc::UC_HOOK_INSN_INVALID, on_invalid as *mut c_void, None),
            ];
            for (kind, callback, insn) in hooks {
                self.cpu
                    .hook(kind, callback, data, insn)
                    .map_err(Stop::Fault)?;
            }
        }
        Ok(())
    }

    /// Runs the loaded program to its end.
    pub fn run(mut self: Box<Self>) -> (Stop, Box<Machine>) {
        if let Err(stop) = self.install_hooks() {
            return (stop, self);
        }
        let cpu = self.cpu;
        let outcome = loop {
            let result = cpu.run();
            if let Some(stop) = self.stop.take() {
                break stop;
            }
            if let Err(code) = result {
                break self.engine_error(code);
            }
            if self.stop_was_hlt() {
                if let Err(stop) = crate::timer_irq::halt(&mut self) {
                    break stop;
                }
            }
            if std::mem::take(&mut self.inject_now) {
                if let Err(stop) = crate::upcalls::inject(&mut self) {
                    break stop;
                }
            }
            if let Err(stop) = crate::net::upcall::deliver(&mut self) {
                break stop;
            }
        };
        self.dos.flush_console();
        (outcome, self)
    }

    fn engine_error(&mut self, code: uc::uc_err) -> Stop {
        let what = match code {
            uc::UC_ERR_READ_UNMAPPED => "read outside allocated memory (past a segment limit?)",
            uc::UC_ERR_WRITE_UNMAPPED => "write outside allocated memory (past a segment limit?)",
            uc::UC_ERR_FETCH_UNMAPPED => "jump outside allocated memory",
            _ => "CPU error",
        };
        Stop::fault(format!(
            "{what} ({}) at {}",
            crate::cpu::error_text(code),
            self.where_now()
        ))
    }

    /// The CPU stopped on its own after a HLT (Unicorn ends the run there,
    /// with EIP past it) rather than for a hook.
    fn stop_was_hlt(&mut self) -> bool {
        if self.inject_now || self.stop.is_some() {
            return false;
        }
        let cs = self.cpu.get(Reg::Cs) as u16;
        let eip = self.cpu.get(Reg::Eip);
        let linear = if self.protected() {
            match crate::dpmi::descriptors::Descriptors::read(&mut self.memory, cs) {
                Ok(d) => d.base.wrapping_add(eip),
                Err(_) => return false,
            }
        } else {
            ((cs as u32) << 4) + (eip & 0xFFFF)
        };
        self.memory.u8(linear.wrapping_sub(1)).ok() == Some(0xF4)
    }

    /// "CS:EIP" of the current instruction, for messages.
    pub fn where_now(&self) -> String {
        let mode = if self.protected() { "PM" } else { "RM" };
        format!(
            "{mode} {:04X}:{:08X}",
            self.cpu.get(Reg::Cs),
            self.cpu.get(Reg::Eip)
        )
    }

    pub fn instructions(&self) -> u64 {
        self.stats.instructions
    }

    fn count_block(&mut self, address: u64) {
        let slot = (address as usize ^ (address as usize >> 16)) & (BLOCK_CACHE_SIZE - 1);
        let (cached_at, cached_count) = self.block_sizes[slot];
        let n = if cached_at == address {
            cached_count
        } else {
            let count = self.cpu.block_instructions(address);
            self.block_sizes[slot] = (address, count);
            count
        };
        self.stats.instructions += n;
        crate::net::upcall::on_block(self);
        if self.stats.instructions_to_entry.is_none() && self.dpmi.active {
            self.note_entry();
        }
        if self.stats.instructions >= self.next_housekeeping {
            if let Err(stop) = self.housekeeping() {
                self.halt(stop);
            }
            // Sooner while upcalls wait (one runs per housekeeping point) or
            // before the next timer interrupt is due.
            let every = match crate::timer_irq::instructions_to_next(self) {
                _ if self.upcalls.pending() => 1024,
                Some(n) => n,
                None => HOUSEKEEPING_EVERY,
            };
            self.next_housekeeping =
                self.stats.instructions + every.clamp(1024, HOUSEKEEPING_EVERY);
        }
    }

    /// Records the first block run in a 32-bit code segment: the stub has
    /// jumped to the program's COFF entry.
    fn note_entry(&mut self) {
        let cs = self.cpu.get(Reg::Cs) as u16;
        if cs == crate::dpmi::descriptors::HOST_CODE {
            return;
        }
        if let Ok(d) = crate::dpmi::descriptors::Descriptors::read(&mut self.memory, cs) {
            if d.is_32() {
                self.stats.instructions_to_entry = Some(self.stats.instructions);
            }
        }
    }

    /// Periodic work: the BIOS tick count, the timeout, the keyboard's
    /// Ctrl-Break, and stopping the CPU when an upcall can be injected.
    fn housekeeping(&mut self) -> Run<()> {
        self.clock.set_instructions(self.stats.instructions);
        crate::bios::update_ticks(self)?;
        crate::bios::poll_break(self)?;
        crate::timer_irq::raise_due(self);
        if self.upcalls.pending() && crate::upcalls::can_inject(self) {
            self.inject_now = true;
            self.cpu.stop();
        }
        if crate::net::upcall::wanted(self) {
            self.cpu.stop();
        }
        if let Some(limit) = self.config.timeout_s {
            if self.clock.wall_seconds() > limit {
                return Err(Stop::Timeout);
            }
        }
        Ok(())
    }
}

fn machine<'a>(data: *mut c_void) -> &'a mut Machine {
    // SAFETY: `data` is the boxed machine registered in `install_hooks`.
    unsafe { &mut *(data as *mut Machine) }
}

extern "C" fn on_interrupt(_uc: *mut uc::uc_engine, intno: u32, data: *mut c_void) {
    let m = machine(data);
    m.clock.set_instructions(m.stats.instructions);
    // Services may let time pass (idle, waiting for a key): the BIOS tick
    // count follows.
    let result = crate::interrupts::dispatch(m, intno as u8)
        .and_then(|_| crate::bios::update_ticks(m).map(|_| ()));
    if let Err(stop) = result {
        m.halt(stop);
    }
}

extern "C" fn on_block(_uc: *mut uc::uc_engine, address: u64, _size: u32, data: *mut c_void) {
    machine(data).count_block(address);
}

extern "C" fn on_port_in(_uc: *mut uc::uc_engine, port: u32, size: i32, data: *mut c_void) -> u32 {
    let m = machine(data);
    m.clock.set_instructions(m.stats.instructions);
    match crate::ports::read(m, port as u16, size as u8) {
        Ok(value) => value,
        Err(stop) => {
            m.halt(stop);
            0xFFFF_FFFF
        }
    }
}

extern "C" fn on_port_out(
    _uc: *mut uc::uc_engine,
    port: u32,
    size: i32,
    value: u32,
    data: *mut c_void,
) {
    let m = machine(data);
    m.clock.set_instructions(m.stats.instructions);
    if let Err(stop) = crate::ports::write(m, port as u16, size as u8, value) {
        m.halt(stop);
    }
}

/// An invalid opcode (#UD): the client's exception handler, or a fault.
extern "C" fn on_invalid(_uc: *mut uc::uc_engine, data: *mut c_void) -> bool {
    let m = machine(data);
    if m.protected() {
        match crate::dpmi::exceptions::raise(m, 6) {
            Ok(()) => return true,
            Err(stop) => m.halt(stop),
        }
    } else {
        let at = m.where_now();
        m.halt(Stop::fault(format!(
            "CPU exception #UD (invalid opcode) at {at}"
        )));
    }
    false
}
