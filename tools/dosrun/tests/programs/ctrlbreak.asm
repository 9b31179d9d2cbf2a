; Ctrl-Break (a 1Ch byte on stdin): the BIOS raises INT 1Bh asynchronously,
; between instructions, while we spin without calling DOS. Argument:
; p = protected-mode handler (0205h); r = real-mode handler stub in DOS
; memory (0201h); d = no 1Bh handler: DOS notes the break and runs our
; protected-mode INT 23h handler at the next DOS call.
%include "lib.inc"
%include "arg.inc"
%include "rmstub.inc"
main:
    sti
    call get_arg
    cmp al, 'r'
    je real
    mov [vector], byte 0x1B
    cmp al, 'd'
    jne .hook
    mov [vector], byte 0x23
.hook:
    mov ax, 0x0204
    mov bl, [vector]
    int 0x31
    mov [old_sel], cx
    mov [old_off], edx
    mov ax, 0x0205
    mov bl, [vector]
    mov cx, cs
    mov edx, pm_handler
    int 0x31
    jc fail
    call spin
    call get_arg
    cmp al, 'd'
    jne .check
    cmp byte [flag], 0          ; INT 23h waits for a DOS call
    jne fail
    mov eax, 0x0B00
    call dos21
.check:
    cmp byte [flag], 0
    je fail
    mov ax, 0x0205
    mov bl, [vector]
    mov cx, [old_sel]
    mov edx, [old_off]
    int 0x31
    say {"break handled", 13, 10}
    quit 0

spin:                           ; until the BIOS break flag (0040:0071h bit 7) is set
    mov ax, 0x0002
    mov bx, 0x40
    int 0x31
    jc fail
    mov es, ax
    mov ecx, 200000000
.loop:
    test byte [es:0x71], 0x80
    jnz .done
    loop .loop
.done:
    push ds
    pop es
    ret

pm_handler:
    mov byte [ds:flag], 1
    iretd

real:
    mov eax, FLAG_STUB_LO
    mov ecx, FLAG_STUB_HI
    call stub_new
    mov bl, 0x1B
    call stub_hook
    mov ecx, 200000000
.wait:
    call stub_flag
    cmp al, 0
    jne .seen
    loop .wait
    quit 3
.seen:
    mov bl, 0x1B
    call stub_unhook
    say {"break handled in real mode", 13, 10}
    quit 0

fail:
    quit 1

section .data
flag: db 0
vector: db 0
old_sel: dw 0
old_off: dd 0
