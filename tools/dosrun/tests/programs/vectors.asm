; Interrupt vectors. Argument: p = hook protected-mode INT 60h (0205h) and
; leave it; r = hook real-mode INT 60h (0201h) and leave it; b = hook both,
; call the PM handler, restore both; c = hook INT 21h in protected mode
; with a handler that counts and chains to the previous one.
%include "lib.inc"
%include "arg.inc"
main:
    call get_arg
    cmp al, 'c'
    je chain
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

chain:
    mov ax, 0x0204
    mov bl, 0x21
    int 0x31
    mov [old21_sel], cx
    mov [old21_off], edx
    mov ax, 0x0205
    mov bl, 0x21
    mov cx, cs
    mov edx, counter
    int 0x31
    mov ah, 0x30                ; DOS version through our handler
    int 0x21
    cmp al, 5
    jne fail
    cmp dword [calls], 1
    jne fail
    mov ax, 0x0205
    mov bl, 0x21
    mov cx, [old21_sel]
    mov edx, [old21_off]
    int 0x31
    say {"chained", 13, 10}
    quit 0

counter:
    inc dword [ds:calls]
    jmp far [ds:old21_off]

section .data
ran: db 0
old_pm_sel: dw 0
old_pm_off: dd 0
old_rm_seg: dw 0
old_rm_off: dw 0
calls: dd 0
old21_off: dd 0
old21_sel: dw 0
