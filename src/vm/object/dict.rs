//! The dict table, CPython's compact layout: an insertion-ordered vector of
//! entries plus a hash index (hashbrown's `HashTable`) of positions in it.
//! Deleting leaves a hole that a later compaction squeezes out.
//!
//! Small tables (at most [`LINEAR_MAX`] slots: most instance dicts, keyword
//! dicts, sets of a few items) have no index: a lookup scans the entries'
//! stored hashes, which costs no more than probing and saves the index's
//! allocation in every small dict. Entries keep the low 32 bits of the
//! hash, enough to skip unequal keys.
//!
//! This module knows nothing about Python equality: callers pass the hash
//! and an `eq` test (see `crate::vm::eval::mapping` for the Python-level API).

use alloc::boxed::Box;
use alloc::vec::Vec;
use hashbrown::HashTable;

use super::Value;
use crate::global::Global;

pub struct Entry {
    /// The low 32 bits of the key's hash (see [`stored`]).
    pub hash: u32,
    pub key: Value,
    pub value: Value,
}

/// The table could not grow (the allocator refused).
#[derive(Debug)]
pub struct NoRoom;

/// Tables with at most this many slots are searched without an index.
pub const LINEAR_MAX: usize = 8;

/// What an entry keeps of a hash.
#[inline]
fn stored(hash: i64) -> u32 {
    hash as u32
}

pub struct Dict {
    entries: Vec<Option<Entry>>,
    /// Positions by hash, once the table has more than [`LINEAR_MAX`]
    /// slots. Boxed: a small table (most dicts) then costs one word for it,
    /// and every object's payload is as small as a dict's.
    index: Option<Box<HashTable<u32>>>,
    len: usize,
    /// Changes whenever a key is added or removed (not when a value is
    /// replaced); no two key layouts share a stamp, so while it stands still
    /// every key keeps its position, and a cache of positions (LOAD_GLOBAL's)
    /// is never stale.
    stamp: u64,
}

/// The source of dict stamps.
static STAMPS: Global<core::cell::Cell<u64>> = Global::new(core::cell::Cell::new(1));

fn next_stamp() -> u64 {
    let s = STAMPS.get() + 1;
    STAMPS.set(s);
    s
}

impl Default for Dict {
    fn default() -> Dict {
        Dict {
            entries: Vec::new(),
            index: None,
            len: 0,
            stamp: next_stamp(),
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    /// An empty table with room for `n` entries.
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Vec::with_capacity(n),
            ..Dict::default()
        }
    }

    /// The current key layout's stamp.
    #[inline]
    pub fn stamp(&self) -> u64 {
        self.stamp
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Position of the entry whose key has `hash` and satisfies `eq`.
    #[inline]
    pub fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Option<usize> {
        let h = stored(hash);
        let entries = &self.entries;
        let Some(index) = &self.index else {
            return entries
                .iter()
                .position(|e| matches!(e, Some(e) if e.hash == h && eq(&e.key)));
        };
        index
            .find(h as u64, |&i| match &entries[i as usize] {
                Some(e) => e.hash == h && eq(&e.key),
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// Positions of every entry with this hash (for keys whose equality
    /// runs Python code: the caller compares them with the table unborrowed).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let h = stored(hash);
        let live = |&i: &usize| matches!(&self.entries[i], Some(e) if e.hash == h);
        let Some(index) = &self.index else {
            return (0..self.entries.len()).filter(live).collect();
        };
        let positions = index.iter_hash(h as u64).map(|&i| i as usize);
        positions.filter(live).collect()
    }

    #[inline]
    pub fn entry(&self, pos: usize) -> Option<&Entry> {
        self.entries.get(pos).and_then(|e| e.as_ref())
    }

    #[inline]
    pub fn value_at_mut(&mut self, pos: usize) -> &mut Value {
        &mut self.entries[pos].as_mut().expect("live entry").value
    }

    /// As [`Dict::push`], but reports (instead of aborting) when the table
    /// cannot grow: the caller raises MemoryError.
    pub fn try_push(&mut self, hash: i64, key: Value, value: Value) -> Result<(), NoRoom> {
        self.entries.try_reserve(1).map_err(|_| NoRoom)?;
        let entries = &self.entries;
        match &mut self.index {
            Some(index) => index.try_reserve(1, |&i| rehash(entries, i)),
            None if entries.len() >= LINEAR_MAX => {
                // The table is about to get its index: room for every live
                // entry and the new one, made here so that push cannot fail.
                let mut index = HashTable::new();
                let made = index.try_reserve(self.len + 1, |&i| rehash(entries, i));
                made.inspect(|_| self.index = Some(self.indexed_by(index)))
            }
            None => Ok(()),
        }
        .map_err(|_| NoRoom)?;
        self.push(hash, key, value);
        Ok(())
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        self.stamp = next_stamp();
        let pos = self.entries.len();
        let hash = stored(hash);
        self.entries.push(Some(Entry { hash, key, value }));
        if self.index.is_none() && pos >= LINEAR_MAX {
            // The table stops being small.
            self.index = Some(self.indexed_by(HashTable::with_capacity(self.len + 1)));
        } else if let Some(index) = &mut self.index {
            index_insert(index, &self.entries, hash, pos);
        }
        self.len += 1;
    }

    /// `index` (empty, with room for every live entry) filled with them.
    fn indexed_by(&self, mut index: HashTable<u32>) -> Box<HashTable<u32>> {
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                index_insert(&mut index, &self.entries, e.hash, i);
            }
        }
        Box::new(index)
    }

    /// Remove the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Entry {
        self.stamp = next_stamp();
        let e = self.entries[pos].take().expect("live entry");
        if let Some(index) = &mut self.index {
            if let Ok(slot) = index.find_entry(e.hash as u64, |&i| i as usize == pos) {
                slot.remove();
            }
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        let old = core::mem::take(&mut self.entries);
        self.index = None;
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.push(e.hash as i64, e.key, e.value);
        }
    }

    pub fn clear(&mut self) {
        *self = Dict::new();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The first live entry at or after position `pos`, with its position
    /// (used by iterators, which keep a position across calls).
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, &Entry)> {
        while pos < self.entries.len() {
            if let Some(e) = &self.entries[pos] {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }

    /// Position of the last live entry (for `popitem`).
    pub fn last_pos(&self) -> Option<usize> {
        self.entries.iter().rposition(|e| e.is_some())
    }

    /// Number of slots, live or not (iterators detect size changes with `len`).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub(crate) fn traverse(&self, v: &mut dyn FnMut(&Value)) {
        for e in self.iter() {
            v(&e.key);
            v(&e.value);
        }
    }
}

/// The index's hash of position `i` (a hole hashes to 0; it is never looked up).
#[inline]
fn rehash(entries: &[Option<Entry>], i: u32) -> u64 {
    entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
}

/// Add position `pos` (whose entry has `hash`) to the index.
fn index_insert(index: &mut HashTable<u32>, entries: &[Option<Entry>], hash: u32, pos: usize) {
    index.insert_unique(hash as u64, pos as u32, |&i| rehash(entries, i));
}
