//! Turns a finished [`Unit`] into a [`CodeObject`]: binds labels to
//! instruction indices and computes the value- and block-stack depths by
//! following every control-flow edge.
use alloc::format;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;

use super::unit::Unit;
use crate::vm::bytecode::{CodeObject, CodeStr, Instr, LineTable, Opcode};

/// Builds the code object, or names the code generator bug that makes
/// the instructions unsafe to run (the VM trusts these invariants).
pub fn assemble(mut unit: Unit<'_>, filename: &str) -> Result<CodeObject, String> {
    for instr in unit.instrs.iter_mut() {
        if instr.op().is_jump() {
            let target = unit.labels[instr.arg() as usize];
            if target == u32::MAX {
                return Err(String::from("jump to an unbound label"));
            }
            instr.set_arg(target);
        }
    }
    let (stack_size, max_blocks) = depths(&unit.instrs)?;
    let lines = LineTable::new(&unit.locs);
    Ok(CodeObject {
        name: unit.name.into(),
        qualname: unit.qualname.into(),
        filename: String::from(filename).into(),
        first_line: unit.first_line,
        arg_count: unit.arg_count,
        posonly_arg_count: unit.posonly_arg_count,
        kwonly_arg_count: unit.kwonly_arg_count,
        flags: unit.flags,
        varnames: owned(unit.varnames),
        cellvars: owned(unit.cellvars),
        freevars: owned(unit.freevars),
        names: owned(unit.names),
        attr_sites: unit.attr_sites,
        consts: unit.consts,
        doc: unit.doc.take().map(CodeStr::from),
        stack_size,
        max_blocks,
        instructions: unit.instrs,
        lines,
        packed: None,
    })
}

/// Maximum value-stack and block-stack depth over all reachable paths.
/// Every instruction must be reached with one depth whatever the path, no
/// stack may underflow and control may not run off the end.
fn depths(code: &[Instr]) -> Result<(u32, u32), String> {
    let mut depth_at: Vec<Option<(i32, i32)>> = vec![None; code.len()];
    let mut work: Vec<(usize, i32, i32)> = vec![(0, 0, 0)];
    let (mut max_stack, mut max_blocks) = (0i32, 0i32);
    while let Some((mut pc, mut depth, mut blocks)) = work.pop() {
        loop {
            let Some(&instr) = code.get(pc) else {
                return Err(format!("control runs off the end at {pc}"));
            };
            if let Some(seen) = depth_at[pc] {
                if seen != (depth, blocks) {
                    return Err(format!("inconsistent stack depth at {pc}"));
                }
                break;
            }
            depth_at[pc] = Some((depth, blocks));
            let op = instr.op();
            if op.is_jump() {
                let target_depth = depth + op.stack_effect(instr.arg(), true);
                max_stack = max_stack.max(target_depth);
                work.push((instr.arg() as usize, target_depth, blocks));
            }
            depth += op.stack_effect(instr.arg(), false);
            match op {
                Opcode::SetupFinally | Opcode::SetupCleanup => blocks += 1,
                Opcode::PopBlock => blocks -= 1,
                _ => {}
            }
            if depth < 0 || blocks < 0 {
                return Err(format!("stack underflow at {pc}"));
            }
            max_stack = max_stack.max(depth);
            max_blocks = max_blocks.max(blocks);
            if op.is_terminator() {
                break;
            }
            pc += 1;
        }
    }
    Ok((max_stack as u32, max_blocks as u32))
}

fn owned(strings: Vec<String>) -> Vec<CodeStr> {
    strings.into_iter().map(CodeStr::from).collect()
}
