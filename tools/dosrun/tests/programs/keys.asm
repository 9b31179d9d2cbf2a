; Keyboard: waits for a key with INT 16h AH=01h (idling in between), reads
; it with AH=00h, then reads a line from stdin (handle 0, cooked: DOS echoes
; it) and prints both.
%include "lib.inc"
main:
.wait:
    mov ah, 0x01
    int 0x16
    jnz .ready
    mov ax, 0x1680
    int 0x2F
    jmp .wait
.ready:
    mov ah, 0x00
    int 0x16
    mov [key], al
    say "key: "
    mov esi, key
    mov ecx, 1
    call print
    say {13, 10}
    mov eax, 0x3F00             ; read handle 0
    xor ebx, ebx
    mov ecx, 64
    xor edx, edx
    call dos21
    jc .fail
    mov [count], eax
    xor esi, esi
    mov edi, line
    mov ecx, eax
    call from_tb
    say "line: "
    mov esi, line
    mov ecx, [count]
    call print
    quit 0
.fail:
    quit 1

section .data
key: db 0
count: dd 0
line: times 64 db 0
