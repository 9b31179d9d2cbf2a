; DOS memory. Argument: d = DPMI 0100h block left allocated; f = allocated
; and freed; m = INT 21h AH=48h block left allocated.
%include "lib.inc"
%include "arg.inc"
main:
    call get_arg
    cmp al, 'm'
    je .dos
    mov ax, 0x0100
    mov bx, 16                  ; 256 bytes
    int 0x31
    jc fail
    mov [selector], dx
    mov es, dx                  ; the block is usable through its selector
    mov dword [es:0xFC], 0x12345678
    push ds
    pop es
    call get_arg
    cmp al, 'f'
    jne .leave
    mov ax, 0x0101
    mov dx, [selector]
    int 0x31
    jc fail
    say {"freed", 13, 10}
    jmp .leave
.dos:
    mov eax, 0x4800
    mov ebx, 4
    call dos21
    jc fail
.leave:
    quit 0
fail:
    quit 1

section .data
selector: dw 0
