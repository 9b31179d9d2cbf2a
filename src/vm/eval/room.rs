//! Room for user-sized data: vectors and strings whose size a script
//! chooses (repetition, concatenation, growth) are allocated fallibly, so a
//! refused allocation becomes Python's MemoryError and the script goes on
//! instead of reaching the global allocation-error handler.

use alloc::string::String;
use alloc::vec::Vec;

use crate::vm::builtins::exc_table::Exc;
use core::cell::RefCell;

use crate::vm::object::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// The MemoryError for a refused allocation.
    pub fn no_memory(&mut self) -> PyErr {
        self.new_exc_empty(Exc::MemoryError)
    }

    /// Room for `additional` more items in `v`, or MemoryError.
    pub fn make_room<T>(&mut self, v: &mut Vec<T>, additional: usize) -> PyResult<()> {
        v.try_reserve(additional).map_err(|_| self.no_memory())
    }

    /// An empty vector with room for `n` items, or MemoryError.
    pub fn vec_with_room<T>(&mut self, n: usize) -> PyResult<Vec<T>> {
        let mut v = Vec::new();
        v.try_reserve_exact(n).map_err(|_| self.no_memory())?;
        Ok(v)
    }

    /// An empty string with room for `n` bytes, or MemoryError.
    pub fn string_with_room(&mut self, n: usize) -> PyResult<String> {
        let mut s = String::new();
        s.try_reserve_exact(n).map_err(|_| self.no_memory())?;
        Ok(s)
    }

    /// A copy of `items`, allocated fallibly.
    pub fn copy_vec<T: Clone>(&mut self, items: &[T]) -> PyResult<Vec<T>> {
        self.concat_vec(items, &[])
    }

    /// `a` followed by `b`, in a vector allocated fallibly.
    pub fn concat_vec<T: Clone>(&mut self, a: &[T], b: &[T]) -> PyResult<Vec<T>> {
        let total = a
            .len()
            .checked_add(b.len())
            .ok_or_else(|| self.no_memory())?;
        let mut v = self.vec_with_room(total)?;
        v.extend_from_slice(a);
        v.extend_from_slice(b);
        Ok(v)
    }

    /// Room for `additional` more items in the vector behind `cell` (a
    /// list's or a bytearray's), or MemoryError.
    pub fn grow_cell<T>(&mut self, cell: &RefCell<Vec<T>>, additional: usize) -> PyResult<()> {
        let grown = cell.borrow_mut().try_reserve(additional).is_ok();
        if grown {
            Ok(())
        } else {
            Err(self.no_memory())
        }
    }

    /// Says MemoryError now when a block of `bytes` cannot be had, for a
    /// result about that big built by code that allocates infallibly (std's
    /// case mapping). The block is given back at once: one thread, so the
    /// result's own allocation then finds it.
    pub fn check_room(&mut self, bytes: usize) -> PyResult<()> {
        self.string_with_room(bytes).map(drop)
    }

    /// A value for each of `items`, made by native code in one go (a
    /// split's parts): MemoryError as soon as one of them needed the memory
    /// reserve, rather than going on until even the reserve is gone.
    pub fn make_values<T, I>(
        &mut self,
        items: I,
        make: impl Fn(&mut Vm, T) -> Value,
    ) -> PyResult<Vec<Value>>
    where
        I: ExactSizeIterator<Item = T>,
    {
        let mut out = self.vec_with_room(items.len())?;
        for item in items {
            out.push(make(self, item));
            if crate::mem_reserve::take_low() {
                // This is the MemoryError the eval loop would raise; it
                // still takes the reserve back at its next jump or call.
                self.ticks = 0;
                return Err(self.no_memory());
            }
        }
        Ok(out)
    }

    /// `list.extend` with already collected items: MemoryError if the list
    /// cannot grow.
    pub fn list_extend(&mut self, list: &RefCell<Vec<Value>>, items: Vec<Value>) -> PyResult<()> {
        let mut l = list.borrow_mut();
        if l.try_reserve(items.len()).is_err() {
            drop(l);
            return Err(self.no_memory());
        }
        l.extend(items);
        Ok(())
    }
}

/// `v.push(item)`, growing by doubling with a fallible reservation; gives
/// the item back when the vector cannot grow.
pub fn push_with_room<T>(v: &mut Vec<T>, item: T) -> Result<(), T> {
    if v.len() == v.capacity() && v.try_reserve(v.len().max(4)).is_err() {
        return Err(item);
    }
    v.push(item);
    Ok(())
}
