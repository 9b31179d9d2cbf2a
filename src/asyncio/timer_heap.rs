//! A binary min-heap over a caller's `Vec`, ordered by a key the caller
//! extracts (the loop stores `(when, seq, handle)` entries in a Python list
//! and keys them on `(when, seq)`, so equal deadlines keep their order).
//! Hand-written because `alloc::collections::BinaryHeap` cannot work in
//! place on a vector the Python side also owns.

/// Push `item` and restore the heap order.
pub fn push<T, K: PartialOrd>(heap: &mut alloc::vec::Vec<T>, item: T, key: impl Fn(&T) -> K) {
    heap.push(item);
    let mut child = heap.len() - 1;
    while child > 0 {
        let parent = (child - 1) / 2;
        if key(&heap[child]) < key(&heap[parent]) {
            heap.swap(child, parent);
            child = parent;
        } else {
            break;
        }
    }
}

/// Remove and return the smallest item.
pub fn pop<T, K: PartialOrd>(heap: &mut alloc::vec::Vec<T>, key: impl Fn(&T) -> K) -> Option<T> {
    let n = heap.len();
    if n == 0 {
        return None;
    }
    heap.swap(0, n - 1);
    let top = heap.pop();
    let n = heap.len();
    let mut at = 0;
    loop {
        let (l, r) = (2 * at + 1, 2 * at + 2);
        let mut least = at;
        if l < n && key(&heap[l]) < key(&heap[least]) {
            least = l;
        }
        if r < n && key(&heap[r]) < key(&heap[least]) {
            least = r;
        }
        if least == at {
            break;
        }
        heap.swap(at, least);
        at = least;
    }
    top
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    #[test]
    fn pops_in_key_order_and_keeps_ties_stable_by_sequence() {
        let mut heap = Vec::new();
        let items = [(5.0, 0), (1.0, 1), (3.0, 2), (1.0, 3), (0.5, 4), (3.0, 5)];
        for it in items {
            push(&mut heap, it, |x: &(f64, i32)| *x);
        }
        let mut out = Vec::new();
        while let Some(x) = pop(&mut heap, |x: &(f64, i32)| *x) {
            out.push(x.1);
        }
        assert_eq!(out, [4, 1, 3, 2, 5, 0]);
    }
}
