//! The dict table, CPython's compact layout: an insertion-ordered vector of
//! entries plus a hash index (hashbrown's `HashTable`) of positions in it.
//! Deleting leaves a hole that a later compaction squeezes out.
//!
//! This module knows nothing about Python equality: callers pass the hash
//! and an `eq` test (see `crate::vm::eval::mapping` for the Python-level API).

use alloc::vec::Vec;
use hashbrown::HashTable;

use super::Value;
use crate::global::Global;

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

/// The table could not grow (the allocator refused).
#[derive(Debug)]
pub struct NoRoom;

pub struct Dict {
    entries: Vec<Option<Entry>>,
    index: HashTable<u32>,
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
            index: HashTable::new(),
            len: 0,
            stamp: next_stamp(),
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
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
        let entries = &self.entries;
        self.index
            .find(hash as u64, |&i| match &entries[i as usize] {
                Some(e) => e.hash == hash && eq(&e.key),
                None => false,
            })
            .map(|&i| i as usize)
    }

    /// Positions of every entry with this hash (for keys whose equality
    /// runs Python code: the caller compares them with the table unborrowed).
    pub fn candidates(&self, hash: i64) -> Vec<usize> {
        let mut out = Vec::new();
        for &i in self.index.iter_hash(hash as u64) {
            if let Some(e) = &self.entries[i as usize] {
                if e.hash == hash {
                    out.push(i as usize);
                }
            }
        }
        out
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
        self.index
            .try_reserve(1, |&i| {
                entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
            })
            .map_err(|_| NoRoom)?;
        self.push(hash, key, value);
        Ok(())
    }

    /// Append a new entry (the caller checked the key is absent).
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        self.stamp = next_stamp();
        let pos = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(hash as u64, pos, |&i| {
            entries[i as usize].as_ref().map_or(0, |e| e.hash as u64)
        });
        self.len += 1;
    }

    /// Remove the entry at `pos`, returning it.
    pub fn remove_at(&mut self, pos: usize) -> Entry {
        self.stamp = next_stamp();
        let e = self.entries[pos].take().expect("live entry");
        if let Ok(slot) = self.index.find_entry(e.hash as u64, |&i| i as usize == pos) {
            slot.remove();
        }
        self.len -= 1;
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        e
    }

    fn compact(&mut self) {
        let old = core::mem::take(&mut self.entries);
        self.index.clear();
        self.len = 0;
        for e in old.into_iter().flatten() {
            self.push(e.hash, e.key, e.value);
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
