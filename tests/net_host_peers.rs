//! The net layer against real peers on the build machine, through libslirp:
//! the guest is 10.0.2.15 and reaches the host's 127.0.0.1 as 10.0.2.2.
mod common;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, SocketAddrV4, TcpListener, TcpStream, UdpSocket};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;

use common::{checksum, free_host_port, pseudo_random, Stack, GUEST, HOST};
use mpydos::host::slirp::SlirpNic;
use mpydos::net::{NetError, NetOptions};

#[test]
fn dhcp_configures_the_qemu_user_network() {
    let stack = Stack::up();
    let ip = stack.net.ipv4();
    assert_eq!(ip.address, Some(GUEST));
    assert_eq!(ip.prefix_len, 24);
    assert_eq!(ip.gateway, Some(HOST));
    assert_eq!(ip.nameserver, Some(Ipv4Addr::new(10, 0, 2, 3)));
}

#[test]
fn echo_with_a_host_server_then_graceful_close() {
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let peer = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut line = [0u8; 5];
        conn.read_exact(&mut line).unwrap();
        conn.write_all(&line).unwrap();
        // Closing our side: the guest must read end of file.
    });
    let mut stack = Stack::up();
    let id = stack.connect(HOST, port).expect("connects");
    assert_eq!(stack.net.peer_addr(id), Some((HOST, port)));
    assert_eq!(stack.net.local_addr(id).map(|(ip, _)| ip), Some(GUEST));
    stack.send_all(id, b"hello");
    assert_eq!(stack.recv_to_eof(id), b"hello");
    peer.join().unwrap();
    stack.net.close(id);
    assert!(
        stack.net.readiness(id).closed(),
        "a closed id reads as closed"
    );
}

#[test]
fn one_mebibyte_each_way_with_half_close() {
    const SIZE: usize = 1 << 20;
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let from_host = pseudo_random(SIZE, 7);
    let to_send = from_host.clone();
    let peer = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut got = Vec::new();
        conn.read_to_end(&mut got).unwrap(); // until the guest's write_eof
        conn.write_all(&to_send).unwrap();
        (got.len(), checksum(&got))
    });
    let to_host = pseudo_random(SIZE, 99);
    let mut stack = Stack::up();
    let id = stack.connect(HOST, port).expect("connects");
    let started = std::time::Instant::now();
    stack.send_all(id, &to_host);
    stack.net.shutdown_write(id).unwrap();
    assert_eq!(stack.net.send(id, b"x"), Err(NetError::BrokenPipe));
    let got = stack.recv_to_eof(id);
    let seconds = started.elapsed().as_secs_f64();
    assert_eq!(peer.join().unwrap(), (SIZE, checksum(&to_host)));
    assert_eq!((got.len(), checksum(&got)), (SIZE, checksum(&from_host)));
    eprintln!(
        "bulk: 2 MiB through libslirp in {seconds:.3} s = {:.1} MB/s",
        2.0 * SIZE as f64 / seconds / 1e6
    );
}

#[test]
fn closed_host_port_is_connection_refused() {
    let port = free_host_port();
    let mut stack = Stack::up();
    let error = stack.connect(HOST, port).expect_err("nothing listens");
    assert_eq!(error, NetError::ConnectionRefused);
    assert_eq!(error.errno(), 111);
}

#[test]
fn host_peer_reset_is_connection_reset() {
    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let peer = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut byte = [0u8; 1];
        conn.read_exact(&mut byte).unwrap();
        // SO_LINGER 0 then close: the kernel sends RST instead of FIN.
        let fd = std::os::fd::AsRawFd::as_raw_fd(&conn);
        let linger = libc::linger {
            l_onoff: 1,
            l_linger: 0,
        };
        // SAFETY: a valid socket and a correctly sized option.
        let status = unsafe {
            libc::setsockopt(
                fd,
                libc::SOL_SOCKET,
                libc::SO_LINGER,
                (&linger as *const libc::linger).cast(),
                std::mem::size_of::<libc::linger>() as libc::socklen_t,
            )
        };
        assert_eq!(status, 0);
    });
    let mut stack = Stack::up();
    let id = stack.connect(HOST, port).expect("connects");
    stack.send_all(id, b"!");
    stack.run_until("the host peer", |_| peer.is_finished().then_some(()));
    peer.join().unwrap();
    let mut buf = [0u8; 16];
    let error = stack.recv_some(id, &mut buf).expect_err("reset");
    assert_eq!(error, NetError::ConnectionReset);
    assert_eq!(error.errno(), 104);
}

#[test]
fn unanswered_connect_times_out() {
    let options = NetOptions {
        connect_timeout_us: 300_000,
        ..NetOptions::default()
    };
    let mut stack = Stack::with(SlirpNic::new().unwrap(), options);
    // No machine has this address on the user network: ARP goes unanswered.
    let error = stack
        .connect(Ipv4Addr::new(10, 0, 2, 99), 80)
        .expect_err("no answer");
    assert_eq!(error, NetError::TimedOut);
    assert_eq!(error.errno(), 110);
}

#[test]
fn hostfwd_lets_a_host_client_reach_a_guest_listener() {
    let host_port = free_host_port();
    let mut nic = SlirpNic::new().unwrap();
    nic.add_hostfwd(host_port, 8080).expect("hostfwd");
    let mut stack = Stack::with(nic, NetOptions::default());
    let listener = stack.net.listen(8080, 4).unwrap();
    let client = thread::spawn(move || {
        let mut conn = TcpStream::connect(("127.0.0.1", host_port)).unwrap();
        conn.write_all(b"ping").unwrap();
        let mut reply = Vec::new();
        conn.read_to_end(&mut reply).unwrap();
        reply
    });
    let conn = stack.run_until("a connection", |net| net.accept(listener).unwrap());
    assert_eq!(stack.net.local_addr(conn), Some((GUEST, 8080)));
    let request = stack.recv_exact(conn, 4);
    stack.send_all(conn, &[b"pong:".as_slice(), &request].concat());
    stack.net.close(conn);
    // Keep polling until the host client has read everything and EOF.
    stack.run_until("the host client", |_| client.is_finished().then_some(()));
    assert_eq!(client.join().unwrap(), b"pong:ping");
}

/// A DNS responder on a free UDP port of the host's 127.0.0.1 (reached as
/// 10.0.2.2): the test cannot rely on any outside resolver, so it brings
/// its own.
fn dns_responder(queries: Arc<AtomicUsize>) -> UdpSocket {
    let socket = UdpSocket::bind("127.0.0.1:0").unwrap();
    let server = socket.try_clone().unwrap();
    thread::spawn(move || {
        let mut packet = [0u8; 512];
        while let Ok((len, from)) = server.recv_from(&mut packet) {
            queries.fetch_add(1, Ordering::SeqCst);
            let query = &packet[..len];
            let known = query_name(query) == "mpydos.test";
            let mut reply = query.to_vec();
            reply[2] = 0x81; // response, recursion desired
            reply[3] = if known { 0x80 } else { 0x83 }; // RA; NXDOMAIN
            if known {
                reply[7] = 1; // one answer
                reply.extend_from_slice(&[0xc0, 12, 0, 1, 0, 1, 0, 0, 0, 60, 0, 4, 192, 0, 2, 7]);
            }
            let _ = server.send_to(&reply, from);
        }
    });
    socket
}

fn query_name(query: &[u8]) -> String {
    let mut labels = Vec::new();
    let mut at = 12;
    while at < query.len() && query[at] != 0 {
        let len = query[at] as usize;
        labels.push(String::from_utf8_lossy(&query[at + 1..at + 1 + len]).into_owned());
        at += 1 + len;
    }
    labels.join(".")
}

#[test]
fn dns_resolves_through_a_host_responder_and_caches() {
    let queries = Arc::new(AtomicUsize::new(0));
    let responder = dns_responder(queries.clone());
    let port = responder.local_addr().unwrap().port();
    let options = NetOptions {
        nameserver: Some(SocketAddrV4::new(HOST, port)),
        ..NetOptions::default()
    };
    let mut stack = Stack::with(SlirpNic::new().unwrap(), options);
    let lookup = |stack: &mut Stack, name: &str| {
        let id = stack.net.resolve(name).unwrap();
        let answer = stack.run_until("a DNS answer", |net| net.resolve_result(id));
        stack.net.close(id);
        answer
    };
    assert_eq!(
        lookup(&mut stack, "mpydos.test"),
        Ok(Ipv4Addr::new(192, 0, 2, 7))
    );
    assert_eq!(queries.load(Ordering::SeqCst), 1);
    assert_eq!(
        lookup(&mut stack, "MPYDOS.test"),
        Ok(Ipv4Addr::new(192, 0, 2, 7))
    );
    assert_eq!(
        queries.load(Ordering::SeqCst),
        1,
        "second lookup came from the cache"
    );
    assert_eq!(
        lookup(&mut stack, "nowhere.test"),
        Err(NetError::NameNotResolved)
    );
    assert_eq!(lookup(&mut stack, "localhost"), Ok(Ipv4Addr::LOCALHOST));
    assert_eq!(lookup(&mut stack, "10.0.2.2"), Ok(HOST));
}
