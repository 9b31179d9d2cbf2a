; Ctrl-C. Polls DOS (INT 21h AH=0Bh, which checks for ^C) until the INT 23h
; handler ran. Argument: p = protected-mode handler (0205h); r = real-mode
; handler stub in DOS memory (0100h + 0201h); n = no handler (DOS's default
; ends the program). Handlers and memory are restored/freed before exit.
%include "lib.inc"
%include "arg.inc"
%include "rmstub.inc"
main:
    call get_arg
    cmp al, 'r'
    je real
    cmp al, 'n'
    je poll
    mov ax, 0x0204
    mov bl, 0x23
    int 0x31
    mov [old_sel], cx
    mov [old_off], edx
    mov ax, 0x0205
    mov bl, 0x23
    mov cx, cs
    mov edx, pm_handler
    int 0x31
    jc fail
    call poll
    mov ax, 0x0205
    mov bl, 0x23
    mov cx, [old_sel]
    mov edx, [old_off]
    int 0x31
    say {"caught ^C in protected mode", 13, 10}
    quit 0

poll:
    mov ecx, 1000000
.again:
    push ecx
    mov eax, 0x0B00
    call dos21
    pop ecx
    cmp byte [flag], 0
    jne .done
    loop .again
    say {"no ^C seen", 13, 10}
    quit 3
.done:
    ret

pm_handler:
    mov byte [ds:flag], 1
    iretd

real:
    mov eax, FLAG_STUB_LO
    mov ecx, FLAG_STUB_HI
    call stub_new
    mov bl, 0x23
    call stub_hook
    mov ecx, 1000000
.again:
    push ecx
    mov eax, 0x0B00
    call dos21
    call stub_flag
    pop ecx
    cmp al, 0
    jne .seen
    loop .again
    quit 3
.seen:
    mov bl, 0x23
    call stub_unhook
    say {"caught ^C in real mode", 13, 10}
    quit 0

fail:
    quit 1

section .data
flag: db 0
old_sel: dw 0
old_off: dd 0
