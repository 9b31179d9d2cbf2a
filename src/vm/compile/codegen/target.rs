//! Assignment targets: plain, unpacking (with a starred target), augmented
//! assignment, and `del` of every target kind.
use alloc::format;

use super::{Compiler, NameCtx};
use crate::vm::bytecode::{BinaryOp, Opcode};
use crate::vm::compile::error::CompileResult;
use crate::vm::syntax::ast::{Expr, ExprKind, Operator};

impl<'a> Compiler<'a> {
    /// `[v] → []`: stores the value on top of the stack into `target`.
    pub(super) fn store(&mut self, target: &'a Expr) -> CompileResult<()> {
        let saved = self.set_loc(target.loc);
        match &target.node {
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Store, target.loc)?,
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let site = self.attr_site(attr);
                self.emit(Opcode::StoreAttr, site);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::StoreSubscr, 0);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack(target, elts)?;
                for elt in elts {
                    let inner = match &elt.node {
                        ExprKind::Starred { value, .. } => value,
                        _ => elt,
                    };
                    self.store(inner)?;
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.error(
                    target.loc,
                    "starred assignment target must be in a list or tuple",
                ));
            }
            _ => return Err(self.error(target.loc, "cannot assign to expression")),
        }
        self.restore_loc(saved);
        Ok(())
    }

    /// UNPACK_SEQUENCE or UNPACK_EX for a tuple/list target.
    fn unpack(&mut self, target: &'a Expr, elts: &'a [Expr]) -> CompileResult<()> {
        let mut starred = None;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt.node, ExprKind::Starred { .. }) {
                if starred.is_some() {
                    return Err(
                        self.error(target.loc, "multiple starred expressions in assignment")
                    );
                }
                starred = Some(i);
            }
        }
        match starred {
            None => self.emit(Opcode::UnpackSequence, elts.len() as u32),
            Some(i) => {
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 16) {
                    return Err(self.error(
                        target.loc,
                        "too many expressions in star-unpacking assignment",
                    ));
                }
                self.emit(Opcode::UnpackEx, (i | after << 8) as u32);
            }
        }
        Ok(())
    }

    pub(super) fn delete(&mut self, target: &'a Expr) -> CompileResult<()> {
        self.set_loc(target.loc);
        match &target.node {
            ExprKind::Name { id, .. } => self.name_op(id, NameCtx::Del, target.loc),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.mangle(attr);
                let n = self.unit().name_index(&name);
                self.emit(Opcode::DeleteAttr, n);
                Ok(())
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.emit(Opcode::DeleteSubscr, 0);
                Ok(())
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                elts.iter().try_for_each(|e| self.delete(e))
            }
            _ => Err(self.error(target.loc, "cannot delete expression")),
        }
    }

    pub(super) fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: Operator,
        value: &'a Expr,
    ) -> CompileResult<()> {
        let arg = binary_op(op) as u32 | BinaryOp::INPLACE;
        match &target.node {
            ExprKind::Name { id, .. } => {
                self.name_op(id, NameCtx::Load, target.loc)?;
                self.expr(value)?;
                self.set_loc(target.loc);
                self.emit(Opcode::BinaryOp, arg);
                self.name_op(id, NameCtx::Store, target.loc)
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Opcode::Copy, 1);
                let load = self.attr_site(attr);
                self.emit(Opcode::LoadAttr, load);
                self.expr(value)?;
                self.set_loc(target.loc);
                self.emit(Opcode::BinaryOp, arg);
                self.emit(Opcode::Swap, 2);
                let store = self.attr_site(attr);
                self.emit(Opcode::StoreAttr, store);
                Ok(())
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::Copy, 2);
                self.emit(Opcode::BinarySubscr, 0);
                self.expr(value)?;
                self.set_loc(target.loc);
                self.emit(Opcode::BinaryOp, arg);
                self.emit(Opcode::Swap, 3);
                self.emit(Opcode::Swap, 2);
                self.emit(Opcode::StoreSubscr, 0);
                Ok(())
            }
            _ => {
                let what = if matches!(target.node, ExprKind::Tuple { .. }) {
                    "tuple"
                } else {
                    "expression"
                };
                Err(self.error(
                    target.loc,
                    format!("'{what}' is an illegal expression for augmented assignment"),
                ))
            }
        }
    }

    /// A cache site for attribute `attr` (private names mangled).
    pub(super) fn attr_site(&mut self, attr: &str) -> u32 {
        let name = self.mangle(attr);
        self.unit().attr_site(&name)
    }
}

/// The BINARY_OP operator for an AST operator.
pub(super) fn binary_op(op: Operator) -> BinaryOp {
    match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::LShift,
        Operator::RShift => BinaryOp::RShift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    }
}
