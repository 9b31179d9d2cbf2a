//! How the network is configured: DHCP by default, or a static setup read
//! from the mTCP configuration file users already have (`MTCPCFG` names it)
//! or given by the caller; plus the sizing knobs of the socket table.

use alloc::format;
use alloc::string::String;
use alloc::vec::Vec;
use core::net::{Ipv4Addr, SocketAddrV4};

use crate::nic::NicOptions;

/// Where the interface's address comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IpSetup {
    /// Ask a DHCP server (QEMU user-net and most LANs have one).
    Dhcp,
    /// Fixed address, as mTCP's IPADDR/NETMASK/GATEWAY/NAMESERVER.
    Static(StaticIp),
}

/// A fixed IPv4 setup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StaticIp {
    pub address: Ipv4Addr,
    pub prefix_len: u8,
    pub gateway: Option<Ipv4Addr>,
    pub nameserver: Option<Ipv4Addr>,
}

/// Everything `Net::new` needs besides the card.
#[derive(Clone, Debug)]
pub struct NetOptions {
    pub ip: IpSetup,
    /// Overrides the DNS server DHCP hands out (any UDP port).
    pub nameserver: Option<SocketAddrV4>,
    /// Largest IP packet to send, when lower than the card's (mTCP's MTU).
    pub mtu: Option<usize>,
    /// Receive buffer per TCP connection, bytes.
    pub rx_buffer: usize,
    /// Send buffer per TCP connection, bytes.
    pub tx_buffer: usize,
    /// Bytes the program could still allocate; new connections get smaller
    /// buffers as it falls (see `budget`).
    pub memory_left: fn() -> usize,
    /// Most sockets (connections, listeners' queues, DNS queries) at once.
    pub max_sockets: usize,
    /// How long `connect` waits for the peer before ETIMEDOUT.
    pub connect_timeout_us: u64,
    /// Keep-alive probe interval on idle connections; a peer silent for
    /// three intervals is given up (ETIMEDOUT). None: never probe.
    pub keepalive_us: Option<u64>,
}

/// Default buffers: 16 KiB each way keeps 11 full segments in flight, so a
/// lost one is usually followed by the three duplicate ACKs of a fast
/// retransmit (with 8 KiB, 5 segments, a loss often waited out smoltcp's 1 s
/// retransmission timeout); 32 connections take 1 MiB.
pub const DEFAULT_BUFFER: usize = 16 * 1024;

impl Default for NetOptions {
    fn default() -> NetOptions {
        NetOptions {
            ip: IpSetup::Dhcp,
            nameserver: None,
            mtu: None,
            rx_buffer: DEFAULT_BUFFER,
            tx_buffer: DEFAULT_BUFFER,
            memory_left: unknown_memory_left,
            max_sockets: 64,
            connect_timeout_us: 30_000_000,
            keepalive_us: Some(super::KEEPALIVE_US),
        }
    }
}

/// No limit known: connections always get the configured buffers.
fn unknown_memory_left() -> usize {
    usize::MAX
}

/// What the platform says is left (`gc.mem_free()`).
fn platform_memory_left() -> usize {
    crate::platform::platform().mem_free()
}

/// The mTCP configuration lines MPYDOS understands. Others (HOSTNAME,
/// LEASE_TIME, per-program settings...) are ignored, as mTCP programs do.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MtcpConfig {
    pub ipaddr: Option<Ipv4Addr>,
    pub netmask: Option<Ipv4Addr>,
    pub gateway: Option<Ipv4Addr>,
    /// `NAMESERVER 10.0.2.3`, or with a port (an MPYDOS extension):
    /// `NAMESERVER 10.0.2.2:5353`.
    pub nameserver: Option<SocketAddrV4>,
    /// Software interrupt of the packet driver (e.g. 0x60).
    pub packetint: Option<u8>,
    pub mtu: Option<u16>,
}

impl MtcpConfig {
    /// Parse the file's text: `KEYWORD value` lines, `#` starts a comment.
    /// Errors name the line: "MTCPCFG line 3: bad IPADDR '10.0.2'".
    pub fn parse(text: &str) -> Result<MtcpConfig, String> {
        let mut config = MtcpConfig::default();
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut words = line.split_whitespace();
            let (Some(key), value) = (words.next(), words.next()) else {
                continue;
            };
            let key = key.to_ascii_uppercase();
            let Some(value) = value else {
                if is_known_key(&key) {
                    return Err(format!("MTCPCFG line {}: {key} needs a value", number + 1));
                }
                continue;
            };
            let bad = || format!("MTCPCFG line {}: bad {key} '{value}'", number + 1);
            let ip = || value.parse::<Ipv4Addr>().map_err(|_| bad());
            match key.as_str() {
                "IPADDR" => config.ipaddr = Some(ip()?),
                "NETMASK" => config.netmask = Some(ip()?),
                "GATEWAY" => config.gateway = Some(ip()?),
                "NAMESERVER" => config.nameserver = Some(nameserver(value).ok_or_else(bad)?),
                "PACKETINT" => config.packetint = Some(parse_int(value).ok_or_else(bad)?),
                "MTU" => {
                    let mtu = value
                        .parse::<u16>()
                        .ok()
                        .filter(|m| (576..=1500).contains(m));
                    config.mtu = Some(mtu.ok_or_else(bad)?);
                }
                _ => {}
            }
        }
        Ok(config)
    }

    /// The IP setup the file describes: static when it has IPADDR (mTCP's
    /// DHCP client writes one too), DHCP otherwise.
    pub fn ip_setup(&self) -> Result<IpSetup, String> {
        let Some(address) = self.ipaddr else {
            return Ok(IpSetup::Dhcp);
        };
        let mask = self.netmask.unwrap_or(Ipv4Addr::new(255, 255, 255, 0));
        let prefix_len =
            prefix_len_of(mask).ok_or_else(|| format!("MTCPCFG: bad NETMASK {mask}"))?;
        Ok(IpSetup::Static(StaticIp {
            address,
            prefix_len,
            gateway: self.gateway,
            nameserver: self.nameserver.map(|server| *server.ip()),
        }))
    }
}

fn is_known_key(key: &str) -> bool {
    matches!(
        key,
        "IPADDR" | "NETMASK" | "GATEWAY" | "NAMESERVER" | "PACKETINT" | "MTU"
    )
}

/// `10.0.2.3` (port 53) or `10.0.2.2:5353`.
fn nameserver(text: &str) -> Option<SocketAddrV4> {
    match text.split_once(':') {
        Some((ip, port)) => {
            let port = port.parse().ok().filter(|&p| p != 0)?;
            Some(SocketAddrV4::new(ip.parse().ok()?, port))
        }
        None => Some(SocketAddrV4::new(text.parse().ok()?, super::DNS_PORT)),
    }
}

/// `0x60`, `60h` (hex, as DOS users write it) or decimal.
fn parse_int(text: &str) -> Option<u8> {
    let lower = text.to_ascii_lowercase();
    if let Some(hex) = lower.strip_prefix("0x") {
        u8::from_str_radix(hex, 16).ok()
    } else if let Some(hex) = lower.strip_suffix('h') {
        u8::from_str_radix(hex, 16).ok()
    } else {
        lower.parse().ok()
    }
}

/// 255.255.255.0 → 24; None when the ones are not contiguous.
fn prefix_len_of(mask: Ipv4Addr) -> Option<u8> {
    let bits = u32::from(mask);
    let ones = bits.leading_ones();
    (bits.checked_shl(ones).unwrap_or(0) == 0).then_some(ones as u8)
}

/// Network options for this run: the mTCP file named by `MTCPCFG` when set
/// (its NAMESERVER also overrides DHCP's), otherwise DHCP with the defaults.
pub fn options_from_environment() -> Result<NetOptions, String> {
    let mut options = NetOptions {
        memory_left: platform_memory_left,
        ..NetOptions::default()
    };
    let platform = crate::platform::platform();
    let Some(path) = platform.env_var("MTCPCFG") else {
        return Ok(options);
    };
    let text = read_text_file(&path)
        .map_err(|errno| format!("MTCPCFG: cannot read {path} (errno {errno})"))?;
    let mtcp = MtcpConfig::parse(&text)?;
    options.ip = mtcp.ip_setup()?;
    options.mtu = mtcp.mtu.map(usize::from);
    options.nameserver = mtcp.nameserver;
    Ok(options)
}

/// The card's options for this run: [`NicOptions::packet_int`] from
/// `PACKETINT` or `MTCPCFG`, [`NicOptions::hostfwd`] from `MPYDOS_HOSTFWD`
/// (`HOST:GUEST[,HOST:GUEST...]`).
pub fn nic_options_from_environment() -> Result<NicOptions, String> {
    let hostfwd = match crate::platform::platform().env_var("MPYDOS_HOSTFWD") {
        Some(spec) => parse_hostfwd(&spec)?,
        None => Vec::new(),
    };
    Ok(NicOptions {
        packet_int: packet_int_from_environment()?,
        hostfwd,
    })
}

/// `HOST:GUEST[,HOST:GUEST...]` as port pairs.
fn parse_hostfwd(spec: &str) -> Result<Vec<(u16, u16)>, String> {
    let pair = |text: &str| {
        let (host, guest) = text.split_once(':')?;
        Some((host.trim().parse().ok()?, guest.trim().parse().ok()?))
    };
    spec.split(',')
        .filter(|p| !p.is_empty())
        .map(|p| {
            pair(p).ok_or_else(|| {
                format!("MPYDOS_HOSTFWD={spec}: want HOST:GUEST port pairs, comma-separated")
            })
        })
        .collect()
}

/// The packet driver's vector the user forces: the `PACKETINT` environment
/// variable (`0x60`, `60h`, `96`), else the mTCP file's PACKETINT line.
/// `None`: search INT 60h-80h.
fn packet_int_from_environment() -> Result<Option<u8>, String> {
    let platform = crate::platform::platform();
    let forced = match platform.env_var("PACKETINT") {
        Some(text) => Some(
            parse_int(text.trim())
                .ok_or_else(|| format!("PACKETINT={text}: want a vector from 0x60 to 0x80"))?,
        ),
        None => match platform.env_var("MTCPCFG") {
            Some(path) => {
                let text = read_text_file(&path)
                    .map_err(|errno| format!("MTCPCFG: cannot read {path} (errno {errno})"))?;
                MtcpConfig::parse(&text)?.packetint
            }
            None => None,
        },
    };
    match forced {
        Some(0x60..=0x80) | None => Ok(forced),
        Some(v) => Err(format!(
            "PACKETINT {v:#04x}: want a vector from 0x60 to 0x80"
        )),
    }
}

fn read_text_file(path: &str) -> Result<String, i32> {
    use crate::platform::OpenMode;
    let platform = crate::platform::platform();
    let file = platform.open(path, OpenMode::Read).map_err(|e| e.errno)?;
    let mut bytes = alloc::vec::Vec::new();
    let mut chunk = [0u8; 512];
    let result = loop {
        match platform.read(file, &mut chunk) {
            Ok(0) => break Ok(()),
            Ok(n) => bytes.extend_from_slice(&chunk[..n]),
            Err(e) => break Err(e.errno),
        }
    };
    let _ = platform.close(file);
    result?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# mTCP config\r\nPACKETINT 0x60\r\nIPADDR 192.168.1.50\r\n\
        NETMASK 255.255.255.0\r\nGATEWAY 192.168.1.1\r\nNAMESERVER 8.8.8.8\r\n\
        MTU 1400\r\nHOSTNAME retro\r\nLEASE_TIME 86400\r\n\r\nIRC_NICK someone\r\n";

    #[test]
    fn parses_an_mtcp_file() {
        let c = MtcpConfig::parse(SAMPLE).unwrap();
        assert_eq!(c.ipaddr, Some(Ipv4Addr::new(192, 168, 1, 50)));
        assert_eq!(c.netmask, Some(Ipv4Addr::new(255, 255, 255, 0)));
        assert_eq!(c.gateway, Some(Ipv4Addr::new(192, 168, 1, 1)));
        assert_eq!(
            c.nameserver,
            Some(SocketAddrV4::new(Ipv4Addr::new(8, 8, 8, 8), 53))
        );
        assert_eq!(c.packetint, Some(0x60));
        assert_eq!(c.mtu, Some(1400));
        let IpSetup::Static(ip) = c.ip_setup().unwrap() else {
            panic!("not static")
        };
        assert_eq!(ip.prefix_len, 24);
        assert_eq!(ip.gateway, Some(Ipv4Addr::new(192, 168, 1, 1)));
    }

    #[test]
    fn keys_are_case_insensitive_and_hex_forms_work() {
        let c = MtcpConfig::parse("packetint 61h\nipaddr 10.0.0.2 # me\n").unwrap();
        assert_eq!(c.packetint, Some(0x61));
        assert_eq!(c.ipaddr, Some(Ipv4Addr::new(10, 0, 0, 2)));
        assert_eq!(
            MtcpConfig::parse("PACKETINT 96").unwrap().packetint,
            Some(0x60)
        );
    }

    #[test]
    fn nameserver_may_name_a_port() {
        let c = MtcpConfig::parse("NAMESERVER 10.0.2.2:5353\n").unwrap();
        assert_eq!(
            c.nameserver,
            Some(SocketAddrV4::new(Ipv4Addr::new(10, 0, 2, 2), 5353))
        );
        assert_eq!(
            MtcpConfig::parse("NAMESERVER 10.0.2.2:0").unwrap_err(),
            "MTCPCFG line 1: bad NAMESERVER '10.0.2.2:0'"
        );
        assert!(MtcpConfig::parse("NAMESERVER 10.0.2.2:").is_err());
    }

    #[test]
    fn no_ipaddr_means_dhcp() {
        let c = MtcpConfig::parse("PACKETINT 0x60\n").unwrap();
        assert_eq!(c.ip_setup().unwrap(), IpSetup::Dhcp);
    }

    #[test]
    fn bad_lines_name_the_line() {
        assert_eq!(
            MtcpConfig::parse("PACKETINT 0x60\nIPADDR 10.0.2\n").unwrap_err(),
            "MTCPCFG line 2: bad IPADDR '10.0.2'"
        );
        assert_eq!(
            MtcpConfig::parse("MTU 9000").unwrap_err(),
            "MTCPCFG line 1: bad MTU '9000'"
        );
        assert_eq!(
            MtcpConfig::parse("GATEWAY").unwrap_err(),
            "MTCPCFG line 1: GATEWAY needs a value"
        );
        assert_eq!(
            MtcpConfig::parse("PACKETINT 0x160").unwrap_err(),
            "MTCPCFG line 1: bad PACKETINT '0x160'"
        );
    }

    #[test]
    fn netmask_must_be_contiguous() {
        let c = MtcpConfig::parse("IPADDR 10.0.0.2\nNETMASK 255.0.255.0\n").unwrap();
        assert_eq!(
            c.ip_setup().unwrap_err(),
            "MTCPCFG: bad NETMASK 255.0.255.0"
        );
        let c = MtcpConfig::parse("IPADDR 10.0.0.2\nNETMASK 255.255.0.0\n").unwrap();
        let IpSetup::Static(ip) = c.ip_setup().unwrap() else {
            panic!("not static")
        };
        assert_eq!(ip.prefix_len, 16);
    }
}
