//! `LOAD_GLOBAL` and its cache: per name of a code object, where the name
//! was found (globals or builtins, and the entry's position there). An
//! entry holds while the globals keep their key layout (`Dict::stamp`) and,
//! for a name found in the builtins, while these keep theirs too, so
//! storing a new value into an existing global does not invalidate it: the
//! value is read from the position each time. `STORE_GLOBAL` (and
//! module-level `STORE_NAME`) writes through the same entry.

use core::cell::Cell;

use alloc::boxed::Box;

use super::code::CodeObj;
use super::mapping::str_key_pos;
use crate::vm::object::{Kind, ObjRef, Value};
use crate::vm::{PyResult, Vm};

/// Where one global name was found.
#[derive(Clone, Copy)]
pub struct GlobalSite {
    /// Layout stamps of the globals and builtins dicts (0: empty; dict
    /// stamps start at 2).
    globals: u64,
    builtins: u64,
    pos: u32,
    in_builtins: bool,
}

/// The empty caches for a code object with `n` names.
pub fn new_sites(n: usize) -> Box<[Cell<GlobalSite>]> {
    let empty = GlobalSite {
        globals: 0,
        builtins: 0,
        pos: 0,
        in_builtins: false,
    };
    (0..n).map(|_| Cell::new(empty)).collect()
}

impl Vm {
    /// `LOAD_GLOBAL names[slot]` from the cache; None when the entry is
    /// stale (then [`Vm::load_global`]).
    #[inline(always)]
    pub(super) fn cached_global(
        &self,
        code: &CodeObj,
        globals: &ObjRef,
        slot: u32,
    ) -> Option<Value> {
        let Kind::Dict(g) = &**globals else {
            return None;
        };
        let site = code.global_sites()[slot as usize].get();
        let g = g.borrow();
        if site.globals != g.stamp() {
            return None;
        }
        // A name found in the globals is there while their layout holds,
        // whatever the builtins do.
        if !site.in_builtins {
            return g.entry(site.pos as usize).map(|e| e.value.clone());
        }
        drop(g);
        let Kind::Dict(b) = &*self.builtins else {
            return None;
        };
        let b = b.borrow();
        if site.builtins != b.stamp() {
            return None;
        }
        b.entry(site.pos as usize).map(|e| e.value.clone())
    }

    /// `LOAD_GLOBAL names[slot]`: module globals, then builtins; fills the cache.
    #[inline(never)]
    pub(super) fn load_global(
        &mut self,
        code: &CodeObj,
        globals: &ObjRef,
        slot: u32,
    ) -> PyResult<Value> {
        let (Kind::Dict(g), Kind::Dict(b)) = (&**globals, &*self.builtins) else {
            return self.load_global_uncached(code, globals, slot);
        };
        let cell = &code.global_sites()[slot as usize];
        let (g, b) = (g.borrow(), b.borrow());
        let name = &code.body().names[slot as usize];
        let (pos, in_builtins) = match str_key_pos(&g, name) {
            Some(p) => (p, false),
            None => match str_key_pos(&b, name) {
                Some(p) => (p, true),
                None => {
                    drop((g, b));
                    return Err(self.name_error(name));
                }
            },
        };
        cell.set(GlobalSite {
            globals: g.stamp(),
            builtins: b.stamp(),
            pos: pos as u32,
            in_builtins,
        });
        let d = if in_builtins { &b } else { &g };
        Ok(d.entry(pos).map_or(Value::None, |e| e.value.clone()))
    }

    /// `STORE_GLOBAL names[slot]`: into the cached entry when the cache
    /// holds (the name is a key of `globals`), else by a lookup that fills
    /// the cache. The value comes back when `globals` is not a dict.
    pub(super) fn store_global(
        &self,
        code: &CodeObj,
        globals: &ObjRef,
        slot: u32,
        v: Value,
    ) -> Option<Value> {
        let (Kind::Dict(g), Kind::Dict(b)) = (&**globals, &*self.builtins) else {
            return Some(v);
        };
        let cell = &code.global_sites()[slot as usize];
        let site = cell.get();
        if !site.in_builtins && site.globals == g.borrow().stamp() {
            // The old value is dropped once the dict is no longer borrowed
            // (a finalizer may read the globals).
            let old = core::mem::replace(g.borrow_mut().value_at_mut(site.pos as usize), v);
            drop(old);
            return None;
        }
        let name = code.body().names[slot as usize].clone();
        let pos = self.dict_set_str(globals, name, v)?;
        cell.set(GlobalSite {
            globals: g.borrow().stamp(),
            builtins: b.borrow().stamp(),
            pos: pos as u32,
            in_builtins: false,
        });
        None
    }

    /// `LOAD_GLOBAL` when the namespaces are not plain dicts.
    fn load_global_uncached(
        &mut self,
        code: &CodeObj,
        globals: &ObjRef,
        slot: u32,
    ) -> PyResult<Value> {
        let name = &code.body().names[slot as usize];
        if let Some(v) = self.dict_get_str_quiet(globals, name) {
            return Ok(v);
        }
        match self.dict_get_str_quiet(&self.builtins.clone(), name) {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }
}
