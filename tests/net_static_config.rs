//! A static setup read from the mTCP file named by MTCPCFG, used for real:
//! no DHCP, and the host echo server is reached at once.
mod common;

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener};
use std::thread;

use common::{Stack, GUEST, HOST};
use mpydos::host::slirp::SlirpNic;
use mpydos::net::{options_from_environment, IpSetup, StaticIp};

// One test function: MTCPCFG is process-wide.
#[test]
fn mtcpcfg_static_setup_reaches_the_host() {
    mpydos::host::install();
    let dir = std::env::temp_dir().join(format!("mpydos-net-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("MTCP.CFG");

    std::env::set_var("MTCPCFG", dir.join("MISSING.CFG"));
    let error = options_from_environment().unwrap_err();
    assert!(error.starts_with("MTCPCFG: cannot read "), "{error}");

    std::fs::write(&path, "PACKETINT 0x60\r\nIPADDR 10.0.2.15\r\nNETMASK 255.255.255.0\r\nGATEWAY 10.0.2.2\r\nNAMESERVER 10.0.2.3\r\n").unwrap();
    std::env::set_var("MTCPCFG", &path);
    let options = options_from_environment().unwrap();
    let expected = StaticIp {
        address: GUEST,
        prefix_len: 24,
        gateway: Some(HOST),
        nameserver: Some(Ipv4Addr::new(10, 0, 2, 3)),
    };
    assert_eq!(options.ip, IpSetup::Static(expected));

    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let peer = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut word = [0u8; 6];
        conn.read_exact(&mut word).unwrap();
        conn.write_all(&word).unwrap();
    });
    let mut stack = Stack::with(SlirpNic::new().unwrap(), options);
    let id = stack
        .connect(HOST, port)
        .expect("connects with the static setup");
    stack.send_all(id, b"static");
    assert_eq!(stack.recv_to_eof(id), b"static");
    peer.join().unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
}
