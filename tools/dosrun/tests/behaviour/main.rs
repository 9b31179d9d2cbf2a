//! Behaviour tests of dosrun: each runs a tiny DJGPP program (assembled
//! from tests/programs at test time) under the real stock stub.
mod common;
mod dpmi;
mod files;
mod keyboard;
mod loading;
mod pktdrv;
mod strict;
mod time;
