//! The real-mode receiver and its ring of frame slots, one DOS memory block:
//! the receiver's code at offset 0, then the header, then `SLOTS` slots of
//! [length u16][state u8][pad u8][frame 1514 bytes][pad]. The receiver
//! (receiver.asm, run by the driver at interrupt time) fills slots; the
//! protected-mode side drains them in order. Slot states: 0 free, 1 being
//! filled (AX=0 answered), 2 complete (AX=1 seen). Only the receiver moves
//! `head` and sets 1 and 2; only the drain sets 0, so no lock is needed.

/// receiver.asm assembled (`nasm -f bin`); a test checks they agree.
pub const CODE: [u8; 84] = [
    0x85, 0xC0, 0x75, 0x4B, 0x81, 0xF9, 0xEA, 0x05, 0x77, 0x3B, 0x50, 0x52, 0x2E, 0xA1, 0x60, 0x00,
    0xBA, 0xF0, 0x05, 0xF7, 0xE2, 0x83, 0xC0, 0x70, 0x89, 0xC7, 0x2E, 0x80, 0x7D, 0x02, 0x00, 0x75,
    0x22, 0x2E, 0xC6, 0x45, 0x02, 0x01, 0x2E, 0x89, 0x0D, 0x83, 0xC7, 0x04, 0x2E, 0xA1, 0x60, 0x00,
    0x40, 0x2E, 0x3B, 0x06, 0x64, 0x00, 0x72, 0x02, 0x31, 0xC0, 0x2E, 0xA3, 0x60, 0x00, 0x0E, 0x07,
    0x5A, 0x58, 0xCB, 0x5A, 0x58, 0x2E, 0xFF, 0x06, 0x62, 0x00, 0x31, 0xFF, 0x8E, 0xC7, 0xCB, 0xC6,
    0x44, 0xFE, 0x02, 0xCB,
];

/// `INT nn; RETF`: the driver is called through DPMI 0301h to this stub
/// (PMODE/W and DOS/32A silently ignore INT 60h through 0300h, DOS.md 6).
pub const CALL_STUB: usize = 0x58;
/// Header fields (offsets in the block), as receiver.asm names them.
pub const HEAD: usize = 0x60;
pub const DROPS: usize = 0x62;
pub const COUNT: usize = 0x64;
/// The type bytes given to access_type: IPv4 at TYPES, ARP at TYPES + 2.
pub const TYPES: usize = 0x66;
/// Where get_address writes the MAC address.
pub const MAC: usize = 0x6A;
pub const SLOT0: usize = 0x70;
pub const SLOT_SIZE: usize = 1520;
/// Largest frame a slot holds (Ethernet without FCS).
pub const FRAME_MAX: usize = 1514;
/// Slots in the ring: as many full frames as one real-mode segment holds
/// (40: 59 KiB of conventional memory). A server must ride out a burst of
/// connections (20 clients at once send 60 frames: SYN, ACK, request)
/// while it is still answering the first: a frame dropped here costs a
/// retransmission, and QEMU's and VirtualBox's user-mode network (slirp)
/// have been seen to stall a connection for good after such a loss.
pub const SLOTS: usize = 40;
/// Bytes of the block.
pub const BLOCK_BYTES: usize = SLOT0 + SLOTS * SLOT_SIZE;

// The layout's invariants: the receiver and stub end before the header,
// the block fits one real-mode segment, a slot holds a whole frame.
const _: () = assert!(CODE.len() <= CALL_STUB && CALL_STUB + 3 <= HEAD);
const _: () = assert!(BLOCK_BYTES <= 0x10000 && SLOT_SIZE >= FRAME_MAX + 4);

pub const FREE: u8 = 0;
pub const COMPLETE: u8 = 2;

/// The ring seen from protected mode through a near pointer to its block.
pub struct Ring {
    base: *mut u8,
    tail: usize,
}

impl Ring {
    /// Writes the receiver, the call stub for driver `vector` and an empty
    /// ring at `base`.
    ///
    /// # Safety
    /// `base` points to [`BLOCK_BYTES`] writable bytes that stay valid (and
    /// are only touched by the receiver) for the life of the ring.
    pub unsafe fn init(base: *mut u8, vector: u8) -> Ring {
        // SAFETY: the caller's contract.
        unsafe {
            core::ptr::write_bytes(base, 0, BLOCK_BYTES);
            core::ptr::copy_nonoverlapping(CODE.as_ptr(), base, CODE.len());
            base.add(COUNT).cast::<u16>().write_unaligned(SLOTS as u16);
            let types = [0x08, 0x00, 0x08, 0x06];
            core::ptr::copy_nonoverlapping(types.as_ptr(), base.add(TYPES), 4);
            let stub = [0xCD, vector, 0xCB];
            core::ptr::copy_nonoverlapping(stub.as_ptr(), base.add(CALL_STUB), 3);
        }
        Ring { base, tail: 0 }
    }

    fn slot(&self, index: usize) -> *mut u8 {
        // SAFETY: index < SLOTS keeps us inside the block.
        unsafe { self.base.add(SLOT0 + index * SLOT_SIZE) }
    }

    /// True when the oldest slot holds a complete frame.
    pub fn has_frame(&self) -> bool {
        // SAFETY: inside the block; volatile because the receiver writes it.
        unsafe { self.slot(self.tail).add(2).read_volatile() == COMPLETE }
    }

    /// Takes the oldest complete frame into `buf` (`Some(len)`), frees its
    /// slot; `Some(0)` means it did not fit `buf` and was dropped.
    pub fn take(&mut self, buf: &mut [u8]) -> Option<usize> {
        if !self.has_frame() {
            return None;
        }
        let slot = self.slot(self.tail);
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
        // SAFETY: a complete slot is ours until we mark it free.
        let len = unsafe { slot.cast::<u16>().read_unaligned() } as usize;
        let fits = len <= buf.len() && len <= FRAME_MAX;
        if fits {
            // SAFETY: len <= FRAME_MAX stays inside the slot.
            unsafe { core::ptr::copy_nonoverlapping(slot.add(4), buf.as_mut_ptr(), len) };
        }
        core::sync::atomic::compiler_fence(core::sync::atomic::Ordering::SeqCst);
        // SAFETY: as above; the receiver may reuse the slot from now on.
        unsafe { slot.add(2).write_volatile(FREE) };
        self.tail = (self.tail + 1) % SLOTS;
        Some(if fits { len } else { 0 })
    }

    /// Frames the receiver refused (ring full or too long).
    pub fn drops(&self) -> u16 {
        // SAFETY: inside the block.
        unsafe { self.base.add(DROPS).cast::<u16>().read_volatile() }
    }

    /// The six bytes get_address wrote.
    pub fn mac(&self) -> [u8; 6] {
        let mut mac = [0u8; 6];
        // SAFETY: inside the block.
        unsafe { core::ptr::copy_nonoverlapping(self.base.add(MAC), mac.as_mut_ptr(), 6) };
        mac
    }
}

#[cfg(all(test, feature = "host"))]
mod tests {
    extern crate std;
    use super::*;

    #[test]
    fn code_is_the_assembled_source() {
        let dir = std::env::temp_dir().join(std::format!("receiver-{}", std::process::id()));
        let out = dir.with_extension("bin");
        let src = concat!(env!("CARGO_MANIFEST_DIR"), "/src/pktdrv/receiver.asm");
        let status = std::process::Command::new("nasm")
            .args(["-f", "bin", "-o", out.to_str().unwrap(), src])
            .status()
            .expect("nasm runs (make setup installs it)");
        assert!(status.success());
        assert_eq!(std::fs::read(&out).unwrap(), CODE);
        let _ = std::fs::remove_file(out);
    }

    /// Plays the receiver's part (receiver.asm) on a ring in host memory.
    fn deliver(block: &mut [u8], frame: &[u8], complete: bool) -> bool {
        let head = u16::from_le_bytes([block[HEAD], block[HEAD + 1]]) as usize;
        let slot = SLOT0 + head * SLOT_SIZE;
        if frame.len() > FRAME_MAX || block[slot + 2] != FREE {
            block[DROPS] += 1;
            return false;
        }
        block[slot..slot + 2].copy_from_slice(&(frame.len() as u16).to_le_bytes());
        block[slot + 4..slot + 4 + frame.len()].copy_from_slice(frame);
        block[slot + 2] = if complete { COMPLETE } else { 1 };
        block[HEAD..HEAD + 2].copy_from_slice(&(((head + 1) % SLOTS) as u16).to_le_bytes());
        true
    }

    #[test]
    fn frames_come_out_in_order_and_a_full_ring_drops_without_overwriting() {
        let mut block = std::vec![0u8; BLOCK_BYTES];
        // SAFETY: the Vec is BLOCK_BYTES long and outlives the ring.
        let mut ring = unsafe { Ring::init(block.as_mut_ptr(), 0x60) };
        let frame = |i: usize| std::vec![i as u8; 60 + i];
        // SAFETY: the ring's memory, as the receiver would touch it.
        let block = unsafe { core::slice::from_raw_parts_mut(ring.base, BLOCK_BYTES) };
        for i in 0..SLOTS + 3 {
            assert_eq!(deliver(block, &frame(i), true), i < SLOTS);
        }
        assert_eq!(ring.drops(), 3);
        let mut buf = [0u8; FRAME_MAX];
        for i in 0..SLOTS {
            let len = ring.take(&mut buf).expect("a frame");
            assert_eq!(&buf[..len], &frame(i)[..]);
        }
        assert_eq!(ring.take(&mut buf), None);
        // A slot still being filled (AX=1 not yet seen) is not taken.
        // SAFETY: as above; the earlier slice is no longer used.
        let block = unsafe { core::slice::from_raw_parts_mut(ring.base, BLOCK_BYTES) };
        assert!(deliver(block, &frame(1), false));
        assert!(!ring.has_frame());
        // A frame longer than the caller's buffer is dropped, not cut.
        // SAFETY: as above; the earlier slice is no longer used.
        let block = unsafe { core::slice::from_raw_parts_mut(ring.base, BLOCK_BYTES) };
        block[SLOT0 + 2] = COMPLETE;
        assert_eq!(ring.take(&mut buf[..10]), Some(0));
    }
}
