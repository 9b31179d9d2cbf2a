; A 486SX has no FPU: an x87 instruction raises #NM (exception 7), which
; reaches our DPMI 0203h handler with the faulting CS:EIP in the frame; the
; handler skips the 2-byte FNINIT and returns with RETF. With an FPU
; (dosrun --fpu) FNINIT just runs. Says which happened.
%include "lib.inc"
main:
    mov ax, 0x0202
    mov bl, 0x07
    int 0x31
    mov [old_sel], cx
    mov [old_off], edx
    mov ax, 0x0203
    mov bl, 0x07
    mov cx, cs
    mov edx, handler
    int 0x31
    fninit                      ; DB E3
    mov ax, 0x0203
    mov bl, 0x07
    mov cx, [old_sel]
    mov edx, [old_off]
    int 0x31
    cmp dword [seen], 0
    jne .none
    say {"FNINIT ran", 13, 10}
    quit 0
.none:
    say {"no coprocessor", 13, 10}
    quit 0

; [esp] ret EIP, +4 ret CS, +8 error, +12 EIP, +16 CS, +20 EFLAGS, +24 ESP, +28 SS
handler:
    add dword [esp + 12], 2
    inc dword [ds:seen]
    retf

section .data
seen: dd 0
old_sel: dw 0
old_off: dd 0
