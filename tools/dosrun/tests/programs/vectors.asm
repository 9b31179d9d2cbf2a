; Interrupt vectors. Argument: p = hook protected-mode INT 60h (0205h) and
; leave it; r = hook real-mode INT 60h (0201h) and leave it; b = hook both,
; call the PM handler, restore both.
%include "lib.inc"
%include "arg.inc"
main:
    mov ax, 0x0204              ; save the PM vector
    mov bl, 0x60
    int 0x31
    mov [old_pm_sel], cx
    mov [old_pm_off], edx
    mov ax, 0x0200              ; save the RM vector
    mov bl, 0x60
    int 0x31
    mov [old_rm_seg], cx
    mov [old_rm_off], dx
    call get_arg
    cmp al, 'r'
    je .real
    mov ax, 0x0205
    mov bl, 0x60
    mov cx, cs
    mov edx, handler
    int 0x31
    jc fail
    int 0x60                    ; runs our handler
    cmp byte [ran], 1
    jne fail
    say {"handler ran", 13, 10}
    call get_arg
    cmp al, 'p'
    je .leave
.real:
    mov ax, 0x0201
    mov bl, 0x60
    mov cx, 0x1234
    mov dx, 0x5678
    int 0x31
    jc fail
    call get_arg
    cmp al, 'b'
    jne .leave
    mov ax, 0x0205
    mov bl, 0x60
    mov cx, [old_pm_sel]
    mov edx, [old_pm_off]
    int 0x31
    mov ax, 0x0201
    mov bl, 0x60
    mov cx, [old_rm_seg]
    mov dx, [old_rm_off]
    int 0x31
    say {"restored", 13, 10}
.leave:
    quit 0
fail:
    quit 1

handler:
    mov byte [ds:ran], 1
    iretd

section .data
ran: db 0
old_pm_sel: dw 0
old_pm_off: dd 0
old_rm_seg: dw 0
old_rm_off: dw 0
