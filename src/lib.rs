//! MPYDOS: a Python for MS-DOS whose headline is asyncio.
//!
//! The core is `#![no_std]` + `alloc`; only `host` (the Linux platform) uses
//! std. See docs/ARCHITECTURE.md for the layers: platform at the bottom,
//! then net, vm, asyncio and pyglue.
#![no_std]

extern crate alloc;
#[cfg(feature = "host")]
extern crate std;

pub mod lineedit;
pub mod net;
pub mod nic;
pub mod pktdrv;
pub mod platform;
pub mod vm;

pub mod alloc_count;
pub mod asyncio;
pub mod calendar;
pub mod global;
pub mod mem_reserve;
pub mod pyglue;
pub mod rtc_format;

#[cfg(feature = "host")]
pub mod host;

pub mod cli;
pub mod conformance;
#[cfg(feature = "dos")]
pub mod dos;
#[cfg(feature = "dos")]
pub mod dpmi;
pub mod repl;
pub mod runner;
