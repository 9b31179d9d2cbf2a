//! The DOS network card: the packet driver (FTP Software / Crynwr spec
//! 1.11). `receiver` is the real-mode receiver and its ring (shared by both
//! builds so the host tests check it); the DOS calls are in `dos::pktdrv`.
pub mod receiver;
