//! `make bench-net`: bulk TCP throughput through libslirp each way and
//! through loopback, round trips per second, and RAM per connection. Speed
//! is reported, never asserted.
#[path = "../tests/common/mod.rs"]
mod common;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::thread;
use std::time::Instant;

use common::{Stack, HOST};
use mpydos::net::{connection_ram_bytes, NetError, NetOptions};

const BULK: usize = 16 << 20;

fn mb_per_s(bytes: usize, started: Instant) -> f64 {
    bytes as f64 / started.elapsed().as_secs_f64() / 1e6
}

fn guest_to_host(stack: &mut Stack) -> f64 {
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let sink = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut total = 0;
        let mut buf = vec![0u8; 65536];
        while let Ok(n @ 1..) = conn.read(&mut buf) {
            total += n;
        }
        total
    });
    let id = stack.connect(HOST, port).unwrap();
    let chunk = vec![0x5au8; 4096];
    let started = Instant::now();
    let mut sent = 0;
    while sent < BULK {
        stack.send_all(id, &chunk);
        sent += chunk.len();
    }
    stack.net.close(id);
    stack.run_until("the host sink", |_| sink.is_finished().then_some(()));
    assert_eq!(sink.join().unwrap(), BULK);
    mb_per_s(BULK, started)
}

fn host_to_guest(stack: &mut Stack) -> f64 {
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let source = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let chunk = vec![0xa5u8; 65536];
        for _ in 0..BULK / chunk.len() {
            conn.write_all(&chunk).unwrap();
        }
    });
    let id = stack.connect(HOST, port).unwrap();
    let started = Instant::now();
    let mut buf = vec![0u8; 4096];
    let mut total = 0;
    loop {
        match stack.recv_some(id, &mut buf).unwrap() {
            0 => break,
            n => total += n,
        }
    }
    let speed = mb_per_s(total, started);
    source.join().unwrap();
    assert_eq!(total, BULK);
    stack.net.close(id);
    speed
}

fn loopback(stack: &mut Stack) -> f64 {
    let listener = stack.net.listen(9000, 1).unwrap();
    let client = stack.net.connect(Ipv4Addr::LOCALHOST, 9000).unwrap();
    let server = stack.run_until("accept", |net| net.accept(listener).unwrap());
    let chunk = vec![0x3cu8; 4096];
    let mut buf = vec![0u8; 4096];
    let (mut sent, mut got) = (0, 0);
    let started = Instant::now();
    stack.run_until("the loopback transfer", |net| {
        while sent < BULK {
            match net.send(client, &chunk) {
                Ok(n) => sent += n,
                Err(NetError::WouldBlock) => break,
                Err(e) => panic!("send: {e:?}"),
            }
        }
        loop {
            match net.recv(server, &mut buf) {
                Ok(n) => got += n,
                Err(NetError::WouldBlock) => break,
                Err(e) => panic!("recv: {e:?}"),
            }
        }
        (got == BULK).then_some(())
    });
    mb_per_s(BULK, started)
}

fn round_trips(stack: &mut Stack) -> f64 {
    const TRIPS: usize = 2000;
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let echo = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut buf = [0u8; 32];
        while conn.read_exact(&mut buf).is_ok() {
            conn.write_all(&buf).unwrap();
        }
    });
    let id = stack.connect(HOST, port).unwrap();
    let started = Instant::now();
    for _ in 0..TRIPS {
        stack.send_all(id, &[7u8; 32]);
        stack.recv_exact(id, 32);
    }
    let rate = TRIPS as f64 / started.elapsed().as_secs_f64();
    stack.net.close(id);
    stack.run_until("the echo peer", |_| echo.is_finished().then_some(()));
    rate
}

fn main() {
    let mut stack = Stack::up();
    println!(
        "net: guest->host via libslirp  {:8.1} MB/s",
        guest_to_host(&mut stack)
    );
    println!(
        "net: host->guest via libslirp  {:8.1} MB/s",
        host_to_guest(&mut stack)
    );
    println!(
        "net: loopback 127.0.0.1        {:8.1} MB/s",
        loopback(&mut stack)
    );
    println!(
        "net: 32-byte round trips       {:8.0} /s",
        round_trips(&mut stack)
    );
    let options = NetOptions::default();
    println!(
        "net: RAM per connection        {:8} bytes ({} + {} buffers; this build's pointers)",
        connection_ram_bytes(&options),
        options.rx_buffer,
        options.tx_buffer
    );
}
