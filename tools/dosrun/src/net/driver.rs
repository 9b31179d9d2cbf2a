//! The packet driver's functions (spec 1.11): 1 driver_info, 2 access_type,
//! 3 release_type, 4 send_pkt, 6 get_address, 10 get_parameters; every
//! other function fails with BAD_COMMAND. Errors: CF=1, DH=code.
use super::{Handle, Network, FRAME_MAX, NAME, PARAMETERS};
use crate::interrupts::After;
use crate::machine::Machine;
use crate::memory::{real, ROM_SEGMENT};
use crate::outcome::Run;
use crate::regs::Regs;

const BAD_HANDLE: u8 = 1;
const NO_CLASS: u8 = 2;
const NO_NUMBER: u8 = 4;
const BAD_TYPE: u8 = 5;
const NO_SPACE: u8 = 9;
const TYPE_INUSE: u8 = 10;
const BAD_COMMAND: u8 = 11;
const CANT_SEND: u8 = 12;

/// Ethernet (DIX): the only class this card has.
const CLASS_ETHERNET: u8 = 1;
/// Most specified type bytes a handle may register.
const TYPE_MAX: u16 = 8;

/// INT 60h from real mode (directly, or through DPMI 0300h/0301h).
pub fn int60(m: &mut Machine, regs: &mut Regs) -> Run<After> {
    let function = regs.ah();
    let Some(net) = m.net.as_mut() else {
        return Ok(After::Return);
    };
    *net.stats.calls.entry(function).or_default() += 1;
    let result = match function {
        0x01 => driver_info(regs),
        0x02 => access_type(m, regs),
        0x03 => release_type(m, regs),
        0x04 => send_pkt(m, regs),
        0x06 => get_address(m, regs),
        0x0A => get_parameters(regs),
        _ => Err(BAD_COMMAND),
    };
    match result {
        Ok(()) => regs.set_carry(false),
        Err(code) => {
            regs.set_dh(code);
            regs.set_carry(true);
        }
    }
    Ok(After::Return)
}

fn net(m: &mut Machine) -> &mut Network {
    m.net.as_mut().expect("int60 runs only with --net")
}

fn driver_info(regs: &mut Regs) -> Result<(), u8> {
    regs.set_bx(1); // driver version
    regs.set_ch(CLASS_ETHERNET);
    regs.set_dx(0xFFFF); // no registered type number: a generic card
    regs.set_cl(0);
    regs.ds = ROM_SEGMENT;
    regs.set_si(NAME);
    regs.set_al(1); // basic functions only
    Ok(())
}

fn access_type(m: &mut Machine, regs: &mut Regs) -> Result<(), u8> {
    if regs.al() != CLASS_ETHERNET {
        return Err(NO_CLASS);
    }
    if regs.dl() != 0 {
        return Err(NO_NUMBER);
    }
    if regs.cx() > TYPE_MAX {
        return Err(BAD_TYPE);
    }
    let types = m
        .memory
        .read(real(regs.ds, regs.si()), regs.cx() as u32)
        .map_err(|_| BAD_TYPE)?;
    let receiver = (regs.es, regs.di());
    let net = net(m);
    let clash = net.handles.iter().flatten().any(|h| {
        let common = h.types.len().min(types.len());
        h.types[..common] == types[..common]
    });
    if clash {
        return Err(TYPE_INUSE);
    }
    let handle = Handle { types, receiver };
    let number = match net.handles.iter().position(Option::is_none) {
        Some(free) => {
            net.handles[free] = Some(handle);
            free + 1
        }
        None => {
            net.handles.push(Some(handle));
            net.handles.len()
        }
    };
    regs.set_ax(number as u16);
    Ok(())
}

/// The registration of handle BX, or BAD_HANDLE.
fn handle_index(net: &Network, bx: u16) -> Result<usize, u8> {
    let index = (bx as usize).wrapping_sub(1);
    match net.handles.get(index) {
        Some(Some(_)) => Ok(index),
        _ => Err(BAD_HANDLE),
    }
}

fn release_type(m: &mut Machine, regs: &mut Regs) -> Result<(), u8> {
    let net = net(m);
    let index = handle_index(net, regs.bx())?;
    net.handles[index] = None;
    Ok(())
}

fn send_pkt(m: &mut Machine, regs: &mut Regs) -> Result<(), u8> {
    let len = regs.cx() as usize;
    if !(14..=FRAME_MAX).contains(&len) {
        return Err(CANT_SEND);
    }
    let frame = m
        .memory
        .read(real(regs.ds, regs.si()), len as u32)
        .map_err(|_| CANT_SEND)?;
    let now_us = m.clock.now_us();
    net(m).send(frame, now_us);
    Ok(())
}

fn get_address(m: &mut Machine, regs: &mut Regs) -> Result<(), u8> {
    handle_index(net(m), regs.bx())?;
    if regs.cx() < 6 {
        return Err(NO_SPACE);
    }
    let mac = net(m).mac();
    m.memory
        .write(real(regs.es, regs.di()), &mac)
        .map_err(|_| NO_SPACE)?;
    regs.set_cx(6);
    Ok(())
}

fn get_parameters(regs: &mut Regs) -> Result<(), u8> {
    regs.es = ROM_SEGMENT;
    regs.set_di(PARAMETERS);
    Ok(())
}
