; Time. Argument: p = sub-tick clock (BIOS ticks + PIT latch) must never go
; backwards over many reads and must advance; i = 1000 idle calls
; (INT 2Fh AX=1680h) each answer AL=0 and let time pass; s = PIT read-back
; status must say mode 2, lo/hi access; 3 = it must say mode 3, and the
; count must be even and seen with OUT both high and low.
%include "lib.inc"
%include "arg.inc"
main:
    mov ax, 0x0002              ; selector for the BIOS data area
    mov bx, 0x40
    int 0x31
    jc fail
    mov [bda], ax
    call get_arg
    cmp al, 'i'
    je idle
    cmp al, 's'
    je status
    cmp al, '3'
    je mode3
    call now
    mov [start_hi], edx
    mov [start_lo], eax
    mov [prev_hi], edx
    mov [prev_lo], eax
    mov ecx, 30000
.loop:
    push ecx
    call now
    pop ecx
    cmp edx, [prev_hi]
    jb backwards
    ja .ok
    cmp eax, [prev_lo]
    jb backwards
.ok:
    mov [prev_hi], edx
    mov [prev_lo], eax
    loop .loop
    cmp edx, [start_hi]
    jne .moved
    cmp eax, [start_lo]
    je fail
.moved:
    say {"monotonic", 13, 10}
    quit 0
backwards:
    say {"clock went backwards", 13, 10}
    quit 2

; now: edx:eax = ticks * 65536 + (65536 - PIT count), re-read if a tick
; lands between the reads.
now:
    push es
    mov es, [bda]
.again:
    mov ebx, [es:0x6C]
    mov al, 0                   ; latch channel 0
    out 0x43, al
    in al, 0x40
    mov cl, al
    in al, 0x40
    mov ch, al
    cmp ebx, [es:0x6C]
    jne .again
    movzx eax, cx
    neg eax
    add eax, 0x10000            ; elapsed PIT clocks in this tick (count 0 = 65536)
    and eax, 0xFFFF
    mov edx, ebx
    shr edx, 16
    shl ebx, 16
    add eax, ebx
    adc edx, 0
    pop es
    ret

idle:
    mov es, [bda]
    mov esi, [es:0x6C]
    mov ecx, 1000
.call:
    mov ax, 0x1680
    int 0x2F
    cmp al, 0
    jne fail
    loop .call
    mov eax, [es:0x6C]
    sub eax, esi
    cmp eax, 5                  ; 1000 slices of 0.5 ms: about 9 ticks
    jb fail
    say {"idle ok", 13, 10}
    quit 0

status:
    mov al, 0xC2                ; read-back: status and count of channel 0
    out 0x43, al
    in al, 0x40
    cmp al, 0xB4
    jne fail
    in al, 0x40
    in al, 0x40
    say {"mode 2", 13, 10}
    quit 0

mode3:
    mov ecx, 200000
.sample:
    mov al, 0xC2
    out 0x43, al
    in al, 0x40
    mov bl, al
    and bl, 0x7F
    cmp bl, 0x36                ; lo/hi, mode 3, binary
    jne fail
    shr al, 7
    movzx ebx, al
    inc dword [out_seen + ebx * 4]
    in al, 0x40
    test al, 1                  ; mode 3 counts by two
    jnz fail
    in al, 0x40
    loop .sample
    cmp dword [out_seen], 0
    je fail
    cmp dword [out_seen + 4], 0
    je fail
    say {"mode 3", 13, 10}
    quit 0

fail:
    quit 1

section .data
bda: dw 0
start_hi: dd 0
start_lo: dd 0
prev_hi: dd 0
prev_lo: dd 0
out_seen: dd 0, 0
