; Exits with the decimal number given on the command line (read from the PSP).
%include "lib.inc"
main:
    mov es, [psp_sel]
    movzx ecx, byte [es:0x80]   ; tail length
    mov esi, 0x81
    xor eax, eax
.next:
    jecxz .done
    movzx edx, byte [es:esi]
    inc esi
    dec ecx
    cmp dl, '0'
    jb .next
    cmp dl, '9'
    ja .next
    imul eax, eax, 10
    sub dl, '0'
    add eax, edx
    jmp .next
.done:
    mov ah, 0x4C
    int 0x21
