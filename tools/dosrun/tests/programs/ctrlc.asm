; Ctrl-C. Polls DOS (INT 21h AH=0Bh, which checks for ^C) until the INT 23h
; handler ran. Argument: p = protected-mode handler (0205h); r = real-mode
; handler stub in DOS memory (0100h + 0201h); n = no handler (DOS's default
; ends the program). Handlers and memory are restored/freed before exit.
%include "lib.inc"
%include "arg.inc"
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
    mov ax, 0x0100              ; one paragraph for the stub
    mov bx, 1
    int 0x31
    jc fail
    mov [stub_seg], ax
    mov [stub_sel], dx
    mov es, dx                  ; mov byte [cs:7], 1 / iret / flag byte
    mov dword [es:0], 0x0706C62E
    mov dword [es:4], 0x00CF0100
    push ds
    pop es
    mov ax, 0x0200
    mov bl, 0x23
    int 0x31
    mov [old_seg], cx
    mov [old_rm_off], dx
    mov ax, 0x0201
    mov bl, 0x23
    mov cx, [stub_seg]
    xor dx, dx
    int 0x31
    mov ecx, 1000000
.again:
    push ecx
    mov eax, 0x0B00
    call dos21
    pop ecx
    mov es, [stub_sel]
    cmp byte [es:7], 0
    push ds
    pop es
    jne .seen
    loop .again
    quit 3
.seen:
    mov ax, 0x0201
    mov bl, 0x23
    mov cx, [old_seg]
    mov dx, [old_rm_off]
    int 0x31
    mov ax, 0x0101
    mov dx, [stub_sel]
    int 0x31
    jc fail
    say {"caught ^C in real mode", 13, 10}
    quit 0

fail:
    quit 1

section .data
flag: db 0
old_sel: dw 0
old_off: dd 0
stub_seg: dw 0
stub_sel: dw 0
old_seg: dw 0
old_rm_off: dw 0
