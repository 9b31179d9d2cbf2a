//! A server and its clients in one stack: 127.0.0.1 and the machine's own
//! address are looped back inside the net layer (no frame reaches the card).
mod common;

use std::net::Ipv4Addr;

use common::{checksum, pseudo_random, Stack, GUEST};
use mpydos::host::slirp::SlirpNic;
use mpydos::net::{NetError, NetOptions, SocketId};

#[test]
fn thirty_two_concurrent_connections_through_loopback() {
    const CLIENTS: usize = 32;
    let mut stack = Stack::up();
    let frames_before = stack.net.counters().frames_out;
    let listener = stack.net.listen(7000, CLIENTS).unwrap();
    // Half to 127.0.0.1, half to the own address; all opened before any
    // is accepted, so the listener's queue takes a burst of SYNs.
    let clients: Vec<SocketId> = (0..CLIENTS)
        .map(|i| {
            let addr = if i % 2 == 0 {
                Ipv4Addr::LOCALHOST
            } else {
                GUEST
            };
            stack.net.connect(addr, 7000).unwrap()
        })
        .collect();
    let mut servers = Vec::new();
    while servers.len() < CLIENTS {
        servers.push(stack.run_until("accept", |net| net.accept(listener).unwrap()));
    }
    for (i, &client) in clients.iter().enumerate() {
        stack.send_all(client, format!("client {i}\n").as_bytes());
    }
    // Every server connection echoes what it got, in reverse order of accept.
    for &server in servers.iter().rev() {
        let mut buf = [0u8; 64];
        let n = stack.recv_some(server, &mut buf).unwrap();
        stack.send_all(server, &buf[..n]);
        stack.net.close(server);
    }
    for (i, &client) in clients.iter().enumerate() {
        assert_eq!(
            stack.recv_to_eof(client),
            format!("client {i}\n").as_bytes()
        );
        stack.net.close(client);
    }
    assert_eq!(
        stack.net.counters().frames_out,
        frames_before,
        "loopback frames reached the card"
    );
}

#[test]
fn bulk_transfer_through_loopback() {
    const SIZE: usize = 1 << 20;
    let mut stack = Stack::up();
    let listener = stack.net.listen(7001, 1).unwrap();
    let client = stack.net.connect(Ipv4Addr::LOCALHOST, 7001).unwrap();
    let server = stack.run_until("accept", |net| net.accept(listener).unwrap());
    let data = pseudo_random(SIZE, 3);
    let mut sent = 0;
    let mut got = Vec::with_capacity(SIZE);
    let mut buf = vec![0u8; 8192];
    // One loop plays both ends, as the asyncio loop would.
    stack.run_until("the transfer", |net| {
        if sent < SIZE {
            match net.send(client, &data[sent..]) {
                Ok(n) => sent += n,
                Err(NetError::WouldBlock) => {}
                Err(e) => panic!("send: {e:?}"),
            }
            if sent == SIZE {
                net.shutdown_write(client).unwrap();
            }
        }
        loop {
            match net.recv(server, &mut buf) {
                Ok(0) => return Some(()),
                Ok(n) => got.extend_from_slice(&buf[..n]),
                Err(NetError::WouldBlock) => return None,
                Err(e) => panic!("recv: {e:?}"),
            }
        }
    });
    assert_eq!((got.len(), checksum(&got)), (SIZE, checksum(&data)));
}

#[test]
fn closed_local_port_is_connection_refused() {
    let mut stack = Stack::up();
    assert_eq!(
        stack.connect(Ipv4Addr::LOCALHOST, 7002),
        Err(NetError::ConnectionRefused)
    );
    assert_eq!(stack.connect(GUEST, 7002), Err(NetError::ConnectionRefused));
}

#[test]
fn abort_resets_the_peer_and_close_ends_it_gracefully() {
    let mut stack = Stack::up();
    let listener = stack.net.listen(7003, 2).unwrap();
    let graceful = stack.connect(Ipv4Addr::LOCALHOST, 7003).unwrap();
    let reset = stack.connect(Ipv4Addr::LOCALHOST, 7003).unwrap();
    let first = stack.run_until("accept", |net| net.accept(listener).unwrap());
    let second = stack.run_until("accept", |net| net.accept(listener).unwrap());
    // Which server end belongs to which client: match by ports.
    let (to_graceful, to_reset) = if stack.net.peer_addr(first) == stack.net.local_addr(graceful) {
        (first, second)
    } else {
        (second, first)
    };
    stack.send_all(to_graceful, b"bye");
    stack.net.close(to_graceful);
    assert_eq!(stack.recv_to_eof(graceful), b"bye");
    stack.net.abort(to_reset);
    let mut buf = [0u8; 8];
    assert_eq!(
        stack.recv_some(reset, &mut buf),
        Err(NetError::ConnectionReset)
    );
    assert!(stack.net.readiness(reset).error());
}

#[test]
fn listen_errors_and_bad_handles() {
    let mut stack = Stack::up();
    let listener = stack.net.listen(7004, 1).unwrap();
    assert_eq!(stack.net.listen(7004, 1), Err(NetError::AddressInUse));
    let any = stack.net.listen(0, 1).unwrap();
    let port = stack.net.local_addr(any).unwrap().1;
    assert!(port >= 49152 && port != 7004);
    let mut buf = [0u8; 4];
    assert_eq!(stack.net.recv(listener, &mut buf), Err(NetError::BadHandle));
    stack.net.close(listener);
    assert_eq!(stack.net.accept(listener), Err(NetError::BadHandle));
    // The port is free again once the listener is closed.
    let again = stack.net.listen(7004, 1).unwrap();
    stack.net.close(again);
}

#[test]
fn changed_sockets_are_reported_once() {
    let mut stack = Stack::up();
    let listener = stack.net.listen(7005, 1).unwrap();
    let client = stack.net.connect(Ipv4Addr::LOCALHOST, 7005).unwrap();
    let mut changed = Vec::new();
    let mut seen = Vec::new();
    stack.run_until("the listener to become readable", |net| {
        net.take_changed(&mut changed);
        seen.extend(changed.iter().map(|c| c.id));
        net.readiness(listener).readable().then_some(())
    });
    assert!(seen.contains(&listener));
    assert!(seen.contains(&client));
    // Nothing happens now: a poll reports no change.
    let now = stack.now_us();
    stack.net.poll(now);
    stack.net.take_changed(&mut changed);
    stack.net.poll(now);
    stack.net.take_changed(&mut changed);
    assert!(changed.is_empty(), "no change reported twice: {changed:?}");
}

#[test]
fn send_takes_what_fits_then_would_block() {
    let mut stack = Stack::up();
    let listener = stack.net.listen(7006, 1).unwrap();
    let client = stack.connect(Ipv4Addr::LOCALHOST, 7006).unwrap();
    let server = stack.run_until("accept", |net| net.accept(listener).unwrap());
    let data = pseudo_random(64 << 10, 5);
    assert_eq!(
        stack.net.send(client, &data),
        Ok(mpydos::net::DEFAULT_BUFFER)
    );
    assert_eq!(stack.net.send(client, &data), Err(NetError::WouldBlock));
    assert!(!stack.net.readiness(client).writable());
    // The reader drains; room comes back and the writer is told.
    let got = stack.recv_exact(server, mpydos::net::DEFAULT_BUFFER);
    assert_eq!(got, data[..mpydos::net::DEFAULT_BUFFER]);
    stack.run_until("room to send", |net| {
        net.readiness(client).writable().then_some(())
    });
}

#[test]
fn running_out_of_memory_or_sockets_is_an_error() {
    let greedy = NetOptions {
        rx_buffer: usize::MAX / 4,
        ..NetOptions::default()
    };
    let mut stack = Stack::with(SlirpNic::new().unwrap(), greedy);
    assert_eq!(
        stack.net.connect(Ipv4Addr::LOCALHOST, 7007),
        Err(NetError::OutOfMemory)
    );
    assert_eq!(stack.net.listen(7007, 1), Err(NetError::OutOfMemory));
    assert_eq!(NetError::OutOfMemory.errno(), 12);

    let few = NetOptions {
        max_sockets: 3,
        ..NetOptions::default()
    };
    let mut stack = Stack::with(SlirpNic::new().unwrap(), few);
    let listener = stack.net.listen(7008, 4).unwrap();
    let client = stack.net.connect(Ipv4Addr::LOCALHOST, 7008).unwrap();
    // The listener's socket, the client, and the listener's refill: full.
    stack.run_until("accept", |net| net.accept(listener).unwrap());
    assert_eq!(
        stack.net.connect(Ipv4Addr::LOCALHOST, 7008),
        Err(NetError::TooManySockets)
    );
    stack.net.close(client);
}

/// What `memory_left` reports in `buffers_shrink_when_memory_runs_short`.
static MEMORY_LEFT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn memory_left() -> usize {
    MEMORY_LEFT.load(std::sync::atomic::Ordering::Relaxed)
}

#[test]
fn buffers_shrink_when_memory_runs_short() {
    use std::sync::atomic::Ordering::Relaxed;
    let options = NetOptions {
        memory_left,
        ..NetOptions::default()
    };
    let mut stack = Stack::with(SlirpNic::new().unwrap(), options);
    MEMORY_LEFT.store(4 << 20, Relaxed);
    let listener = stack.net.listen(7010, 4).unwrap();
    let roomy = stack.net.connect(Ipv4Addr::LOCALHOST, 7010).unwrap();
    assert_eq!(stack.net.buffer_sizes(roomy), Some((16 * 1024, 16 * 1024)));
    MEMORY_LEFT.store(400 * 1024, Relaxed);
    let smaller = stack.net.connect(Ipv4Addr::LOCALHOST, 7010).unwrap();
    assert_eq!(stack.net.buffer_sizes(smaller), Some((4 * 1024, 2 * 1024)));
    MEMORY_LEFT.store(100 * 1024, Relaxed);
    let tight = stack.net.connect(Ipv4Addr::LOCALHOST, 7010).unwrap();
    assert_eq!(stack.net.buffer_sizes(tight), Some((2 * 1024, 1024)));
    // The small connection still carries data both ways.
    let server = loop {
        let server = stack.run_until("accept", |net| net.accept(listener).unwrap());
        if stack.net.peer_addr(server) == stack.net.local_addr(tight) {
            break server;
        }
    };
    // More than the 1 KiB send buffer holds, less than it and the server's
    // receive buffer (2 KiB or more) together: no reader needed meanwhile.
    let data = pseudo_random(2_500, 7);
    stack.send_all(tight, &data);
    stack.net.shutdown_write(tight).unwrap();
    let got = stack.recv_to_eof(server);
    assert_eq!(checksum(&got), checksum(&data));
    MEMORY_LEFT.store(40 * 1024, Relaxed);
    assert_eq!(
        stack.net.connect(Ipv4Addr::LOCALHOST, 7010),
        Err(NetError::OutOfMemory)
    );
}
