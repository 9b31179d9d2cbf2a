//! A vector kept in fixed-size chunks, for the cycle collector's registry
//! and its scratch. Growing it never asks for a block bigger than one chunk
//! (4 KiB on DOS), so it keeps growing in a fragmented heap, and a refused
//! chunk is either covered by the memory reserve (`push`) or reported
//! (`try_push`); a doubling `Vec` needs one block as big as all its items,
//! which a 4 MB PC cannot find long before its memory is used up.

use alloc::vec::Vec;
use core::ops::{Index, IndexMut};

/// Items per chunk.
const CHUNK: usize = 1024;

/// The allocator refused a chunk.
#[derive(Debug)]
pub struct NoRoom;

pub struct Chunked<T> {
    /// Every chunk has capacity CHUNK; all but the last in use are full,
    /// and at most two empty chunks are kept after them.
    chunks: Vec<Vec<T>>,
    len: usize,
}

impl<T> Chunked<T> {
    pub const fn new() -> Self {
        Chunked {
            chunks: Vec::new(),
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Append `v`, or say that no chunk could be had.
    pub fn try_push(&mut self, v: T) -> Result<(), NoRoom> {
        let c = self.len / CHUNK;
        if c == self.chunks.len() {
            let mut chunk = Vec::new();
            chunk.try_reserve_exact(CHUNK).map_err(|_| NoRoom)?;
            self.chunks.try_reserve(1).map_err(|_| NoRoom)?;
            self.chunks.push(chunk);
        }
        self.chunks[c].push(v);
        self.len += 1;
        Ok(())
    }

    /// Append `v`; a chunk the heap refuses comes from the memory reserve
    /// (a chunk is a small request), and past that the program ends.
    pub fn push(&mut self, v: T) {
        let c = self.len / CHUNK;
        if c == self.chunks.len() {
            self.chunks.push(Vec::with_capacity(CHUNK));
        }
        self.chunks[c].push(v);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<T> {
        let c = self.len.checked_sub(1)? / CHUNK;
        let v = self.chunks[c].pop();
        self.len -= 1;
        // Keep a chunk past the one the next push goes to, so pushes and
        // pops in turn at a chunk's edge do not allocate every time.
        self.chunks.truncate(self.len / CHUNK + 2);
        v
    }

    /// Remove item `i`, moving the last item into its place.
    pub fn swap_remove(&mut self, i: usize) -> T {
        let last = self.pop().expect("swap_remove on an empty Chunked");
        if i == self.len {
            return last;
        }
        core::mem::replace(&mut self[i], last)
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.chunks.get(i / CHUNK)?.get(i % CHUNK)
    }

    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.chunks.iter().flatten()
    }

    pub fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.chunks.iter_mut().flatten()
    }
}

impl<T> Index<usize> for Chunked<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        &self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T> IndexMut<usize> for Chunked<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.chunks[i / CHUNK][i % CHUNK]
    }
}

impl<T> Default for Chunked<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn push_pop_swap_remove() {
        let mut c = Chunked::new();
        for i in 0..3000 {
            c.try_push(i).unwrap();
        }
        assert_eq!(c.len(), 3000);
        assert_eq!(c[2500], 2500);
        assert_eq!(c.swap_remove(10), 10);
        assert_eq!(c[10], 2999);
        assert_eq!(c.len(), 2999);
        assert_eq!(c.iter().count(), 2999);
        while c.pop().is_some() {}
        assert!(c.is_empty());
        assert!(c.chunks.len() <= 2);
        assert!(c.chunks.iter().all(|k| k.capacity() == CHUNK));
        c.push(7);
        assert_eq!(c.get(0), Some(&7));
        assert_eq!(c.get(1), None);
    }
}
