//! The socket table: what a [`SocketId`] names (a TCP connection, a
//! listener with its queue, a DNS query or a UDP socket) and the readiness
//! last reported for it, so a poll can tell the event loop exactly which ids
//! changed and which way ([`Change`], [`Direction`]).

use alloc::vec::Vec;

use super::dns::Query;
use super::listen::Listener;
use super::tcp::Conn;
use super::udp::Udp;

/// A socket as the event loop holds it. Ids of closed sockets are never
/// confused with later ones: each slot carries a generation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SocketId(u32);

impl SocketId {
    fn new(index: usize, generation: u16) -> SocketId {
        SocketId((u32::from(generation) << 16) | index as u32)
    }

    /// The id as a plain number (for handing to Python and back).
    pub fn to_raw(self) -> u32 {
        self.0
    }

    /// An id from [`SocketId::to_raw`]; a made-up number is just an
    /// unknown socket.
    pub fn from_raw(raw: u32) -> SocketId {
        SocketId(raw)
    }

    fn index(self) -> usize {
        (self.0 & 0xffff) as usize
    }

    fn generation(self) -> u16 {
        (self.0 >> 16) as u16
    }
}

/// What a socket is ready for, as seen after the last poll.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Readiness(u8);

impl Readiness {
    pub const READABLE: Readiness = Readiness(1);
    pub const WRITABLE: Readiness = Readiness(2);
    pub const CLOSED: Readiness = Readiness(4);
    pub const ERROR: Readiness = Readiness(8);

    /// Data, end of file, an error, or (listener) a connection to accept, or
    /// (DNS query) the answer.
    pub fn readable(self) -> bool {
        self.0 & Self::READABLE.0 != 0
    }
    /// Connected with room in the send buffer (or an error to report).
    pub fn writable(self) -> bool {
        self.0 & Self::WRITABLE.0 != 0
    }
    /// The connection is over (closed both ways, reset or timed out).
    pub fn closed(self) -> bool {
        self.0 & Self::CLOSED.0 != 0
    }
    /// An error is waiting to be reported by recv/send.
    pub fn error(self) -> bool {
        self.0 & Self::ERROR.0 != 0
    }

    /// What a waiter in `direction` is woken by, when these are the bits
    /// that changed: reading by readable, closed or error; writing by
    /// writable, closed or error.
    pub fn wakes(self, direction: Direction) -> bool {
        let mine = match direction {
            Direction::Read => Self::READABLE.0,
            Direction::Write => Self::WRITABLE.0,
        };
        self.0 & (mine | Self::CLOSED.0 | Self::ERROR.0) != 0
    }

    /// The bits as a number (1 readable, 2 writable, 4 closed, 8 error).
    pub fn bits(self) -> u8 {
        self.0
    }

    pub(crate) fn with(self, other: Readiness, on: bool) -> Readiness {
        if on {
            Readiness(self.0 | other.0)
        } else {
            self
        }
    }
}

/// Which way a task waits on a socket: for data (a connection to accept,
/// a DNS answer, the end of the stream), or for room to send (and, while
/// connecting, for the connection).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Read,
    Write,
}

/// A socket whose readiness changed in a poll, and which bits flipped
/// ([`Readiness::wakes`] says whom that concerns).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub id: SocketId,
    pub flipped: Readiness,
}

pub(crate) enum Entry {
    Tcp(Conn),
    Listener(Listener),
    Query(Query),
    Udp(Udp),
}

pub(crate) struct Slot {
    generation: u16,
    entry: Option<Entry>,
    reported: Readiness,
}

/// Slots indexed by [`SocketId`]; freed slots are reused.
#[derive(Default)]
pub(crate) struct Table {
    slots: Vec<Slot>,
}

impl Table {
    /// Room for `capacity` sockets up front, so opening one never grows the
    /// table (an allocation that could fail when memory is short).
    pub(crate) fn with_capacity(capacity: usize) -> Table {
        Table {
            slots: Vec::with_capacity(capacity),
        }
    }

    pub(crate) fn insert(&mut self, entry: Entry) -> SocketId {
        if let Some(index) = self.slots.iter().position(|s| s.entry.is_none()) {
            let slot = &mut self.slots[index];
            slot.entry = Some(entry);
            slot.reported = Readiness::default();
            return SocketId::new(index, slot.generation);
        }
        self.slots.push(Slot {
            generation: 0,
            entry: Some(entry),
            reported: Readiness::default(),
        });
        SocketId::new(self.slots.len() - 1, 0)
    }

    pub(crate) fn get(&self, id: SocketId) -> Option<&Entry> {
        let slot = self.slots.get(id.index())?;
        (slot.generation == id.generation()).then_some(slot.entry.as_ref()?)
    }

    pub(crate) fn get_mut(&mut self, id: SocketId) -> Option<&mut Entry> {
        let slot = self.slots.get_mut(id.index())?;
        (slot.generation == id.generation()).then_some(slot.entry.as_mut()?)
    }

    pub(crate) fn remove(&mut self, id: SocketId) -> Option<Entry> {
        let slot = self.slots.get_mut(id.index())?;
        if slot.generation != id.generation() || slot.entry.is_none() {
            return None;
        }
        slot.generation = slot.generation.wrapping_add(1);
        slot.entry.take()
    }

    /// Slots to walk with [`Table::id_at`] (ids of a walk stay valid while
    /// the walker changes the table, without allocating a snapshot).
    pub(crate) fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// The live id in slot `index`, if any.
    pub(crate) fn id_at(&self, index: usize) -> Option<SocketId> {
        let slot = self.slots.get(index)?;
        slot.entry.as_ref()?;
        Some(SocketId::new(index, slot.generation))
    }

    /// Every live entry.
    pub(crate) fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.slots.iter().filter_map(|s| s.entry.as_ref())
    }

    /// Every live DNS query.
    pub(crate) fn queries_mut(&mut self) -> impl Iterator<Item = &mut Query> {
        self.slots.iter_mut().filter_map(|s| match &mut s.entry {
            Some(Entry::Query(query)) => Some(query),
            _ => None,
        })
    }

    /// Record `now` as the readiness of `id`; the bits that differ from what
    /// was recorded before.
    pub(crate) fn report(&mut self, id: SocketId, now: Readiness) -> Readiness {
        match self.slots.get_mut(id.index()) {
            Some(slot) if slot.generation == id.generation() => {
                let flipped = Readiness(slot.reported.0 ^ now.0);
                slot.reported = now;
                flipped
            }
            _ => Readiness::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::net::dns::Query;

    #[test]
    fn a_change_wakes_only_its_direction() {
        let [r, w, c, e] = [
            Readiness::READABLE,
            Readiness::WRITABLE,
            Readiness::CLOSED,
            Readiness::ERROR,
        ];
        assert!(r.wakes(Direction::Read) && !r.wakes(Direction::Write));
        assert!(w.wakes(Direction::Write) && !w.wakes(Direction::Read));
        for both in [c, e] {
            assert!(both.wakes(Direction::Read) && both.wakes(Direction::Write));
        }
        assert!(!Readiness::default().wakes(Direction::Read));
    }

    #[test]
    fn stale_ids_do_not_reach_new_sockets() {
        let mut table = Table::default();
        let a = table.insert(Entry::Query(Query::answered(Ok(
            core::net::Ipv4Addr::LOCALHOST,
        ))));
        assert!(table.remove(a).is_some());
        let b = table.insert(Entry::Query(Query::answered(Ok(
            core::net::Ipv4Addr::LOCALHOST,
        ))));
        assert_ne!(a, b);
        assert!(table.get(a).is_none());
        assert!(table.get(b).is_some());
        assert!(table.remove(a).is_none());
        assert_eq!(
            (0..table.slot_count())
                .filter_map(|i| table.id_at(i))
                .collect::<Vec<_>>(),
            [b]
        );
    }
}
