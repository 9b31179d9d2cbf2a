; DOS facts, checked in place (run with --mips, whose clock starts at
; 2024-01-01 12:00:00): version 5.0, drive C:, date and time, the BIOS tick
; count matching the time of day, and IOCTL 4400h telling the console
; (a device) from a file. Plain `int 21h` from protected mode is fine for
; calls that pass no buffer.
%include "lib.inc"
main:
    mov ah, 0x30
    int 0x21
    cmp al, 5
    jne fail
    mov ah, 0x19
    int 0x21
    cmp al, 2                   ; C:
    jne fail
    mov ah, 0x2A
    int 0x21
    cmp cx, 2024
    jne fail
    cmp dx, 0x0101              ; January 1st
    jne fail
    cmp al, 1                   ; a Monday
    jne fail
    mov ah, 0x2C
    int 0x21
    cmp cx, 0x0C00              ; 12:00
    jne fail
    mov ah, 0x00                ; ticks since midnight: 12 h = 786,520 ticks
    int 0x1A
    shl ecx, 16
    mov cx, dx
    sub ecx, 786520
    cmp ecx, 10
    ja fail
    mov ax, 0x4400              ; stdout is a device (bit 7)
    mov bx, 1
    int 0x21
    jc fail
    test dl, 0x80
    jz fail
    mov esi, name               ; a file is not
    mov edi, 0x100
    mov ecx, name_end - name
    call to_tb
    mov eax, 0x3C00
    xor ecx, ecx
    mov edx, 0x100
    call dos21
    jc fail
    mov ebx, eax
    mov [handle], ax
    mov ax, 0x4400
    int 0x21
    jc fail
    test dl, 0x80
    jnz fail
    mov ah, 0x3E
    mov bx, [handle]
    int 0x21
    say {"facts ok", 13, 10}
    quit 0
fail:
    quit 1

section .data
name: db "TTY.TXT", 0
name_end:
handle: dw 0
