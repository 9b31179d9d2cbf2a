; Burns CPU: a counted loop of arithmetic (for --mips determinism and speed).
; The command tail's first digit d (default 1) selects d * 1,000,000 rounds;
; "f" spins forever (for --timeout).
%include "lib.inc"
main:
    mov es, [psp_sel]
    xor eax, eax
    mov al, [es:0x82]           ; first character after the blank
    cmp al, 'f'
    je .forever
    sub al, '0'
    cmp al, 9
    jbe .have
    mov al, 1
.have:
    imul ecx, eax, 1000000
    xor ebx, ebx
    push ds
    pop es
.round:
    add ebx, ecx
    rol ebx, 3
    xor ebx, 0x5A5A5A5A
    dec ecx
    jnz .round
    mov [result], ebx
    jmp .finish
.forever:
    jmp .forever
.finish:
    say {"done", 13, 10}
    quit 0

section .data
result: dd 0
