//! A static setup read from the mTCP file named by MTCPCFG, used for real:
//! no DHCP, the host server is reached at once, and the file's small MTU
//! shows in how many frames a write takes.
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

    let file = "PACKETINT 0x60\r\nIPADDR 10.0.2.15\r\nNETMASK 255.255.255.0\r\n\
                GATEWAY 10.0.2.2\r\nNAMESERVER 10.0.2.3\r\nMTU 576\r\n";
    std::fs::write(&path, file).unwrap();
    std::env::set_var("MTCPCFG", &path);
    let options = options_from_environment().unwrap();
    let expected = StaticIp {
        address: GUEST,
        prefix_len: 24,
        gateway: Some(HOST),
        nameserver: Some(Ipv4Addr::new(10, 0, 2, 3)),
    };
    assert_eq!(options.ip, IpSetup::Static(expected));
    assert_eq!(options.mtu, Some(576));

    let server = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = server.local_addr().unwrap().port();
    let peer = thread::spawn(move || {
        let (mut conn, _) = server.accept().unwrap();
        let mut block = vec![0u8; 4096];
        conn.read_exact(&mut block).unwrap();
        conn.write_all(&block[..6]).unwrap();
    });
    let mut stack = Stack::with(SlirpNic::new().unwrap(), options);
    let id = stack
        .connect(HOST, port)
        .expect("connects with the static setup");
    let frames_before = stack.net.counters().frames_out;
    stack.send_all(id, &[b"static".as_slice(), &[0; 4090]].concat());
    assert_eq!(stack.recv_to_eof(id), b"static");
    peer.join().unwrap();
    // 4096 bytes in 536-byte segments: at least 8 frames (MTU 1500: 3).
    let frames = stack.net.counters().frames_out - frames_before;
    assert!(
        frames >= 8,
        "4 KiB went out in {frames} frames: MTU 576 not applied"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
