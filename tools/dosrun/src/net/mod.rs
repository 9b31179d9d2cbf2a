//! dosrun's network card: a packet driver (FTP Software spec 1.11) at
//! INT 60h whose frames go to and come from libslirp (the host build's
//! binding, `mpydos::host::slirp`: guest 10.0.2.15, host 10.0.2.2, DNS
//! 10.0.2.3, DHCP). `driver` answers the client's calls; `upcall` delivers
//! received frames to the client's receiver like a hardware IRQ would.
pub mod driver;
mod faults;
pub mod options;
pub mod upcall;

use crate::machine::Machine;
use crate::memory::{real, Memory, ROM_BASE, ROM_SEGMENT};
use crate::outcome::{Run, Stop};
use mpydos::host::slirp::SlirpNic;
use mpydos::nic::Nic;
use options::NetOptions;
use std::collections::{BTreeMap, VecDeque};

/// The packet driver's software interrupt.
pub const PACKET_INT: u8 = 0x60;
/// ROM offsets: the driver's entry (signature at +3), its name, its
/// parameter block, and the trap a receiver's RETF lands on.
const ENTRY: u16 = 0x0600;
const NAME: u16 = 0x0620;
const PARAMETERS: u16 = 0x0630;
pub const UPCALL_RETURN: u16 = 0x0640;
/// Frames from libslirp waiting for the receiver; beyond this they are
/// dropped like a card whose buffers are full.
const QUEUE_LIMIT: usize = 256;
/// Largest Ethernet frame (no FCS).
pub const FRAME_MAX: usize = 1514;

/// One access_type registration.
#[derive(Debug, Clone)]
pub struct Handle {
    /// The type bytes matched against the frame from offset 12 (empty = all).
    pub types: Vec<u8>,
    /// The receiver's real-mode far address.
    pub receiver: (u16, u16),
}

/// Counters for `--stats`.
#[derive(Default, Debug)]
pub struct NetStats {
    pub calls: BTreeMap<u8, u64>,
    pub frames_in: u64,
    pub bytes_in: u64,
    pub frames_out: u64,
    pub bytes_out: u64,
    /// The receiver answered AX=0 with 0:0.
    pub refused_by_receiver: u64,
    /// No handle wanted the frame's type.
    pub unclaimed: u64,
    /// The queue towards the receiver was full.
    pub queue_full: u64,
}

pub struct Network {
    nic: SlirpNic,
    /// Handle `n` is `handles[n - 1]`; `None` once released.
    pub handles: Vec<Option<Handle>>,
    incoming: VecDeque<Vec<u8>>,
    faults_in: faults::Faults,
    faults_out: faults::Faults,
    pub stats: NetStats,
    pub upcall: Option<upcall::Upcall>,
    /// Frames wait and no upcall runs: deliver at the next chance.
    pub due: bool,
    /// `--net-cut`: when (run clock, µs) the link goes dead.
    cut_at_us: Option<u64>,
    /// Frames lost to the cut.
    pub cut_frames: u64,
}

impl Network {
    pub fn new(options: &NetOptions) -> Result<Network, String> {
        let mut nic = SlirpNic::new().map_err(|e| format!("libslirp did not start ({e:?})"))?;
        for &(host, guest) in &options.hostfwd {
            nic.add_hostfwd(host, guest)
                .map_err(|_| format!("--hostfwd {host}:{guest}: host port in use?"))?;
        }
        let mut out_options = options.clone();
        out_options.seed = options.seed.wrapping_mul(31).wrapping_add(7);
        Ok(Network {
            nic,
            handles: Vec::new(),
            incoming: VecDeque::new(),
            faults_in: faults::Faults::new(options),
            faults_out: faults::Faults::new(&out_options),
            stats: NetStats::default(),
            upcall: None,
            due: false,
            cut_at_us: options.cut_after_s.map(|s| s * 1_000_000),
            cut_frames: 0,
        })
    }

    /// True once `--net-cut`'s time (`now_us` on the run clock) has come.
    fn is_cut(&self, now_us: u64) -> bool {
        self.cut_at_us.is_some_and(|at| now_us >= at)
    }

    /// Runs libslirp (sockets, timers) without blocking and queues what it sent.
    pub fn poll(&mut self, now_us: u64) {
        self.nic.wait(0);
        let mut buf = [0u8; FRAME_MAX];
        let mut passed = Vec::new();
        while let Some(len) = self.nic.recv(&mut buf) {
            if self.is_cut(now_us) {
                self.cut_frames += 1;
                continue;
            }
            self.faults_in.apply(buf[..len].to_vec(), &mut passed);
        }
        self.faults_in.release_overdue(&mut passed);
        let mut sent = Vec::new();
        self.faults_out.release_overdue(&mut sent);
        for frame in sent {
            let _ = self.nic.send(&frame);
        }
        for frame in passed {
            if self.incoming.len() >= QUEUE_LIMIT {
                self.stats.queue_full += 1;
            } else {
                self.incoming.push_back(frame);
            }
        }
    }

    /// Sends a frame from the client to libslirp.
    pub fn send(&mut self, frame: Vec<u8>, now_us: u64) {
        self.stats.frames_out += 1;
        self.stats.bytes_out += frame.len() as u64;
        if self.is_cut(now_us) {
            self.cut_frames += 1;
            return;
        }
        let mut passed = Vec::new();
        self.faults_out.apply(frame, &mut passed);
        for frame in passed {
            let _ = self.nic.send(&frame);
        }
    }

    /// The card's Ethernet address (libslirp's guest, 52:54:00:12:34:56).
    pub fn mac(&self) -> [u8; 6] {
        self.nic.mac()
    }

    pub fn has_incoming(&self) -> bool {
        !self.incoming.is_empty()
    }

    /// The next frame and the handle whose type it matches; frames no
    /// handle wants are dropped on the way.
    fn next_claimed(&mut self) -> Option<(u16, Vec<u8>)> {
        while let Some(frame) = self.incoming.pop_front() {
            let claimed = self.handles.iter().position(|h| {
                h.as_ref().is_some_and(|h| {
                    frame.len() >= 12 + h.types.len() && frame[12..12 + h.types.len()] == h.types
                })
            });
            match claimed {
                Some(index) => return Some((index as u16 + 1, frame)),
                None => self.stats.unclaimed += 1,
            }
        }
        None
    }

    /// The strict check at exit: one line per handle still registered.
    pub fn unreleased(&self) -> Vec<String> {
        self.handles
            .iter()
            .enumerate()
            .filter_map(|(i, h)| h.as_ref().map(|h| (i + 1, h)))
            .map(|(n, h)| {
                format!(
                    "packet-driver handle {n} (type {}) not released (receiver {:04X}:{:04X})",
                    hex(&h.types),
                    h.receiver.0,
                    h.receiver.1
                )
            })
            .collect()
    }

    /// The `--stats` lines.
    pub fn report(&self) -> String {
        let s = &self.stats;
        let calls: Vec<String> = s
            .calls
            .iter()
            .map(|(f, n)| format!("{f:02X}h:{n}"))
            .collect();
        let total: u64 = s.calls.values().sum();
        format!(
            "dosrun: packet-driver calls: {total} ({})\n\
             dosrun: frames to the program: {} ({} bytes), from the program: {} ({} bytes)\n\
             dosrun: frames dropped: {} refused by the receiver, {} unclaimed, {} queue full; \
             injected: {} lost, {} duplicated, {} reordered, {} cut\n",
            calls.join(" "),
            s.frames_in,
            s.bytes_in,
            s.frames_out,
            s.bytes_out,
            s.refused_by_receiver,
            s.unclaimed,
            s.queue_full,
            self.faults_in.lost + self.faults_out.lost,
            self.faults_in.duplicated + self.faults_out.duplicated,
            self.faults_in.reordered + self.faults_out.reordered,
            self.cut_frames,
        )
    }
}

fn hex(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "any".to_string();
    }
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// With `--net`: writes the driver's ROM (entry with the `PKT DRVR`
/// signature, name, parameters, the upcall return trap) and points INT 60h
/// at it. Called at boot, before the strict snapshot of the vectors.
pub fn install(m: &mut Machine) -> Run<()> {
    if m.net.is_none() {
        return Ok(());
    }
    write_rom(&mut m.memory)?;
    m.memory.set_u16(PACKET_INT as u32 * 4, ENTRY)?;
    m.memory.set_u16(PACKET_INT as u32 * 4 + 2, ROM_SEGMENT)
}

fn write_rom(memory: &mut Memory) -> Run<()> {
    let (_, stub) = crate::rom::default_vector(PACKET_INT);
    let stub = stub.to_le_bytes();
    let rom = ROM_SEGMENT.to_le_bytes();
    // jmp short +0Ah; nop; "PKT DRVR",0; jmp far F000:(INT 60h's trap stub)
    let mut entry = vec![0xEB, 0x0A, 0x90];
    entry.extend_from_slice(b"PKT DRVR\0");
    entry.extend_from_slice(&[0xEA, stub[0], stub[1], rom[0], rom[1]]);
    memory.write(ROM_BASE + ENTRY as u32, &entry)?;
    memory.write(ROM_BASE + NAME as u32, b"dosrun slirp\0")?;
    // major 1, minor 11, length 14, address length 6, MTU 1514, no
    // multicast, 1 receive and 1 transmit buffer, interrupt 60h.
    let mtu = (FRAME_MAX as u16).to_le_bytes();
    let parameters = [
        1, 11, 14, 6, mtu[0], mtu[1], 0, 0, 1, 0, 1, 0, PACKET_INT, 0,
    ];
    memory.write(ROM_BASE + PARAMETERS as u32, &parameters)?;
    memory.write(
        ROM_BASE + UPCALL_RETURN as u32,
        &[0xCD, crate::rom::TRAP_VECTOR],
    )
}

/// True when `linear..linear+len` lies inside a live DOS memory block.
pub fn in_dos_block(m: &Machine, linear: u32, len: u32) -> bool {
    m.dos.memory.blocks().iter().any(|b| {
        let start = (b.segment as u32) << 4;
        let end = start + ((b.paragraphs as u32) << 4);
        linear >= start && linear + len <= end
    })
}

/// The real-mode linear address of a far pointer.
pub fn linear(far: (u16, u16)) -> u32 {
    real(far.0, far.1)
}

/// A fault the harness reports for a broken receiver.
pub fn receiver_fault(why: String) -> Stop {
    Stop::fault(format!("packet driver: {why}"))
}
