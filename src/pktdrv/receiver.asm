; The packet driver's receiver (FTP Software spec 1.11), 16-bit real mode.
; Lives at offset 0 of a DOS memory block that also holds the ring of
; frame slots (layout in receiver.rs). The driver calls it twice per frame
; at interrupt time: AX=0, CX=length -> ES:DI = a free slot's data, or 0:0
; (frame dropped and counted) when the ring is full or the frame too long;
; AX=1, DS:SI = that slot's data -> the slot is marked complete. No DOS
; calls, no mode switch; all registers but ES:DI are preserved.
; Assemble: nasm -f bin receiver.asm (receiver.rs holds the bytes).
bits 16
org 0
HEAD   equ 0x60
DROPS  equ 0x62
COUNT  equ 0x64
SLOT0  equ 0x70
SLOTSZ equ 1520
MAXLEN equ 1514
receiver:
    test ax, ax
    jnz copied
    cmp cx, MAXLEN
    ja drop
    push ax
    push dx
    mov ax, [cs:HEAD]
    mov dx, SLOTSZ
    mul dx
    add ax, SLOT0
    mov di, ax
    cmp byte [cs:di+2], 0       ; slot state: 0 free, 1 filling, 2 complete
    jne full
    mov byte [cs:di+2], 1
    mov [cs:di], cx
    add di, 4
    mov ax, [cs:HEAD]
    inc ax
    cmp ax, [cs:COUNT]
    jb nowrap
    xor ax, ax
nowrap:
    mov [cs:HEAD], ax
    push cs
    pop es
    pop dx
    pop ax
    retf
full:
    pop dx
    pop ax
drop:
    inc word [cs:DROPS]
    xor di, di
    mov es, di
    retf
copied:
    mov byte [si-2], 2
    retf
