//! NETTEST.EXE / `nettest`: the network stack over the machine's card —
//! the packet driver on DOS (under `dosrun --net`), libslirp on the host.
//! Commands (one per run):
//!   dhcp              print the DHCP-assigned address, gateway and DNS
//!   echo PORT SIZE    send SIZE bytes to an echo server at 10.0.2.2:PORT
//!                     and check every byte that comes back
//!   pump PORT SIZE    the same without generating or checking the bytes
//!                     (for the throughput benchmark)
//!   serve PORT        accept one connection, read to EOF, answer
//!                     "BYTES ADLER32\n" (hex), close
//!   ring N            send N ARP requests without draining the receive
//!                     ring, then check what was kept and what was dropped
//!   wait | fault      register with the driver, then idle until Ctrl-C /
//!                     raise a CPU exception (exit paths must release it)
#![cfg_attr(feature = "dos", no_std, no_main)]

extern crate alloc;

use alloc::boxed::Box;
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::net::Ipv4Addr;

use mpydos::net::{Net, NetError, NetOptions, SocketId};
use mpydos::nic::Nic;
use mpydos::platform::{platform, Stream};

const HOST: Ipv4Addr = Ipv4Addr::new(10, 0, 2, 2);
const GUEST: [u8; 4] = [10, 0, 2, 15];
/// Gives up after this much time without progress (a hang guard, not a check).
const GIVE_UP_US: u64 = 60_000_000;

#[cfg(feature = "dos")]
mpydos::dos_main!(program);

#[cfg(feature = "dos")]
fn program() -> i32 {
    match open() {
        Ok(nic) => run(nic),
        Err(message) => fail(&message),
    }
}

#[cfg(not(feature = "dos"))]
fn main() {
    mpydos::host::install();
    let code = match open() {
        Ok(nic) => run(nic),
        Err(message) => fail(&message),
    };
    platform().exit(code);
}

/// The machine's card, opened by the platform with the environment's options.
fn open() -> Result<Box<dyn Nic>, String> {
    platform().open_nic(&mpydos::net::nic_options_from_environment()?)
}

fn say(text: &str) {
    platform().write(Stream::Stdout, text.as_bytes());
    platform().write(Stream::Stdout, b"\n");
}

fn fail(message: &str) -> i32 {
    platform().write(Stream::Stderr, format!("NETTEST: {message}\n").as_bytes());
    2
}

fn run(nic: Box<dyn Nic>) -> i32 {
    let args = platform().args();
    let words: Vec<&str> = args.iter().skip(1).map(String::as_str).collect();
    let number = |i: usize| words.get(i).and_then(|w| w.parse::<usize>().ok());
    let result = match (words.first().copied(), number(1), number(2)) {
        (Some("ring"), Some(n), _) => ring(nic, n),
        (Some("wait"), _, _) => wait_for_ctrl_c(nic),
        (Some("fault"), _, _) => fault(),
        (Some(command), port, size) => {
            let mut stack = Stack::up(nic);
            match (command, port, size) {
                ("dhcp", _, _) => stack.show_address(),
                ("echo", Some(port), Some(size)) => stack.echo(port as u16, size, true),
                ("pump", Some(port), Some(size)) => stack.echo(port as u16, size, false),
                ("serve", Some(port), _) => stack.serve(port as u16),
                _ => Err(String::from(
                    "usage: NETTEST dhcp|echo PORT SIZE|serve PORT|ring N|wait|fault",
                )),
            }
        }
        _ => Err(String::from(
            "usage: NETTEST dhcp|echo PORT SIZE|serve PORT|ring N|wait|fault",
        )),
    };
    match result {
        Ok(()) => 0,
        Err(message) => fail(&message),
    }
}

/// Adler-32 (zlib's), so the host side checks with `zlib.adler32`.
fn adler32(state: u32, data: &[u8]) -> u32 {
    let (mut a, mut b) = (state & 0xFFFF, state >> 16);
    for &byte in data {
        a = (a + byte as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

/// Byte `i` of the test stream: not a short repeating pattern.
fn pattern(i: usize) -> u8 {
    let x = (i as u32).wrapping_mul(2_654_435_761);
    (x >> 24) as u8 ^ (i >> 12) as u8
}

struct Stack {
    net: Net,
}

impl Stack {
    /// The stack with DHCP, waited until configured.
    fn up(nic: Box<dyn Nic>) -> Stack {
        let now = platform().monotonic_us();
        let mut stack = Stack {
            net: Net::new(nic, NetOptions::default(), now),
        };
        let _ = stack.run_until("a DHCP address", |net| net.ipv4().address);
        stack
    }

    /// Polls and idles like the event loop until `done` gives a value.
    fn run_until<T>(
        &mut self,
        what: &str,
        mut done: impl FnMut(&mut Net) -> Option<T>,
    ) -> Result<T, String> {
        let mut give_up = platform().monotonic_us() + GIVE_UP_US;
        loop {
            let now = platform().monotonic_us();
            if self.net.poll(now) {
                give_up = now + GIVE_UP_US;
            }
            if let Some(value) = done(&mut self.net) {
                return Ok(value);
            }
            if platform().take_interrupt() {
                return Err(format!("interrupted while waiting for {what}"));
            }
            if now > give_up {
                return Err(format!("no progress for 60 s waiting for {what}"));
            }
            let now = platform().monotonic_us();
            let deadline = now + self.net.poll_delay(now).unwrap_or(20_000).min(20_000);
            self.net.wait_until(now, deadline);
        }
    }

    fn show_address(&mut self) -> Result<(), String> {
        let ip = self.net.ipv4();
        let show = |a: Option<Ipv4Addr>| a.map_or(String::from("none"), |a| format!("{a}"));
        say(&format!(
            "address {}/{} gateway {} dns {}",
            show(ip.address),
            ip.prefix_len,
            show(ip.gateway),
            show(ip.nameserver)
        ));
        Ok(())
    }

    fn connect(&mut self, port: u16) -> Result<SocketId, String> {
        let id = self
            .net
            .connect(HOST, port)
            .map_err(|e| format!("connect: {e:?}"))?;
        self.run_until("connect", |net| {
            let r = net.readiness(id);
            if r.error() {
                let mut probe = [0u8; 1];
                return Some(Err(format!("connect: {:?}", net.recv(id, &mut probe))));
            }
            r.writable().then_some(Ok(id))
        })?
    }

    /// Sends `size` pattern bytes and reads the echo, both at once; when
    /// `checked`, every byte sent is generated and every byte back verified.
    fn echo(&mut self, port: u16, size: usize, checked: bool) -> Result<(), String> {
        let id = self.connect(port)?;
        let started = platform().monotonic_us();
        let (mut sent, mut got) = (0usize, 0usize);
        let mut out: Vec<u8> = (0..2048).map(pattern).collect();
        let mut back = vec![0u8; 4096];
        let mut bad: Option<usize> = None;
        let mut sum = 1u32;
        self.run_until("the echo", |net| {
            while sent < size {
                let n = (size - sent).min(out.len());
                for (k, b) in out[..n].iter_mut().enumerate().filter(|_| checked) {
                    *b = pattern(sent + k);
                }
                match net.send(id, &out[..n]) {
                    Ok(k) => sent += k,
                    Err(NetError::WouldBlock) => break,
                    Err(e) => return Some(Err(format!("send: {e:?}"))),
                }
            }
            loop {
                match net.recv(id, &mut back) {
                    Ok(0) => return Some(Err(format!("EOF after {got} of {size} bytes"))),
                    Ok(n) if !checked => got += n,
                    Ok(n) => {
                        for (k, &b) in back[..n].iter().enumerate() {
                            if b != pattern(got + k) && bad.is_none() {
                                bad = Some(got + k);
                            }
                        }
                        sum = adler32(sum, &back[..n]);
                        got += n;
                    }
                    Err(NetError::WouldBlock) => break,
                    Err(e) => return Some(Err(format!("recv: {e:?}"))),
                }
            }
            (got >= size).then_some(Ok(()))
        })??;
        let us = platform().monotonic_us().saturating_sub(started).max(1);
        self.net.close(id);
        if let Some(at) = bad {
            return Err(format!("echoed byte {at} differs"));
        }
        if checked {
            say(&format!("echo {size} bytes ok adler32 {sum:08x}"));
        } else {
            say(&format!("pump {size} bytes each way"));
        }
        let mb_s = (2 * size) as u64 * 1_000_000 / us / 1000;
        say(&format!(
            "time {us} us ({}.{:03} MB/s both ways)",
            mb_s / 1000,
            mb_s % 1000
        ));
        Ok(())
    }

    /// Accepts one connection, reads it to EOF, answers with count and checksum.
    fn serve(&mut self, port: u16) -> Result<(), String> {
        let listener = self
            .net
            .listen(port, 1)
            .map_err(|e| format!("listen: {e:?}"))?;
        say(&format!("listening on {port}"));
        let id = self.run_until("a client", |net| net.accept(listener).ok().flatten())?;
        let (mut count, mut sum) = (0usize, 1u32);
        let mut buf = vec![0u8; 4096];
        self.run_until("the client's data", |net| loop {
            match net.recv(id, &mut buf) {
                Ok(0) => return Some(Ok(())),
                Ok(n) => {
                    count += n;
                    sum = adler32(sum, &buf[..n]);
                }
                Err(NetError::WouldBlock) => return None,
                Err(e) => return Some(Err(format!("recv: {e:?}"))),
            }
        })??;
        let answer = format!("{count} {sum:08x}\n");
        let mut rest = answer.as_bytes();
        self.run_until("room to answer", |net| {
            match net.send(id, rest) {
                Ok(n) => rest = &rest[n..],
                Err(NetError::WouldBlock) => {}
                Err(e) => return Some(Err(format!("send: {e:?}"))),
            }
            rest.is_empty().then_some(Ok(()))
        })??;
        let _ = self.net.shutdown_write(id);
        let mut probe = [0u8; 16];
        let _ = self.run_until("the client to close", |net| {
            match net.recv(id, &mut probe) {
                Err(NetError::WouldBlock) => None,
                _ => Some(()),
            }
        });
        self.net.close(id);
        self.net.close(listener);
        say(&format!("served {count} bytes adler32 {sum:08x}"));
        Ok(())
    }
}

/// An ARP request for 10.0.2.2 from `mac`.
fn arp_request(mac: [u8; 6]) -> Vec<u8> {
    let mut f = vec![0xFF; 6];
    f.extend_from_slice(&mac);
    f.extend_from_slice(&[0x08, 0x06, 0, 1, 0x08, 0, 6, 4, 0, 1]);
    f.extend_from_slice(&mac);
    f.extend_from_slice(&GUEST);
    f.extend_from_slice(&[0; 6]);
    f.extend_from_slice(&HOST.octets());
    f
}

/// Fills the receive ring past its end while not draining it, then checks
/// every kept frame is a whole, correct ARP reply and the rest were counted.
fn ring(mut nic: Box<dyn Nic>, requests: usize) -> Result<(), String> {
    let mac = nic.mac();
    let request = arp_request(mac);
    for _ in 0..requests {
        nic.send(&request).map_err(|e| format!("send: {e:?}"))?;
    }
    // Let the replies arrive without taking any.
    let until = platform().monotonic_us() + 300_000;
    while platform().monotonic_us() < until {
        platform().idle_until(until);
    }
    nic.wait(0);
    let mut kept = 0;
    let mut buf = [0u8; 1514];
    while let Some(len) = nic.recv(&mut buf) {
        let frame = &buf[..len];
        let whole = len >= 42
            && frame[..6] == mac
            && frame[12..14] == [0x08, 0x06]
            && frame[20..22] == [0, 2]
            && frame[28..32] == HOST.octets()
            && frame[32..38] == mac
            && frame[38..42] == GUEST;
        if !whole {
            return Err(format!(
                "frame {kept} in the ring is not the ARP reply sent"
            ));
        }
        kept += 1;
    }
    let dropped = nic.counters().dropped_in;
    say(&format!("ring: {kept} kept, {dropped} dropped"));
    if kept as u64 + dropped != requests as u64 {
        return Err(format!(
            "{requests} replies expected, {kept} kept + {dropped} dropped"
        ));
    }
    Ok(())
}

fn wait_for_ctrl_c(mut nic: Box<dyn Nic>) -> Result<(), String> {
    say("registered; waiting for Ctrl-C");
    while !platform().take_interrupt() {
        nic.wait(50_000);
        let mut buf = [0u8; 1514];
        while nic.recv(&mut buf).is_some() {}
    }
    Err(String::from("interrupted"))
}

fn fault() -> Result<(), String> {
    #[cfg(feature = "dos")]
    // SAFETY: deliberately raises #UD; the runtime's handler exits cleanly.
    unsafe {
        core::arch::asm!("ud2")
    };
    Err(String::from("fault: only on DOS"))
}
