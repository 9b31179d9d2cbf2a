; The packet driver at INT 60h (--net). Argument:
;   e = spec errors: driver_info, then CF=1 with DH = BAD_COMMAND, NO_CLASS,
;       BAD_HANDLE for function 5, class 2, a released handle
;   r = receive: a real-mode receiver in a DOS block gets the ARP reply to
;       our request while protected-mode code spins with IF=1; the spinning
;       code's registers must survive the upcall
;   l = leave the handle registered at exit (dosrun's strict check)
;   f = free the receiver's DOS block before releasing (upcall must fault)
%include "lib.inc"
%include "arg.inc"
main:
    call get_arg
    mov [mode], al
    mov ax, 0x0100
    mov bx, 0x70                ; 1792 bytes: receiver, counters, buffer
    int 0x31
    jc fail
    mov [blk_seg], ax
    mov [blk_sel], dx
    push es
    mov es, dx
    mov esi, rcv_code
    xor edi, edi
    mov ecx, rcv_end - rcv_code
    rep movsb
    mov dword [es:0x80], 0      ; AX=0 count, AX=1 count
    mov word [es:0x90], 0x0608  ; type bytes 08 06 (ARP)
    mov esi, arp
    mov edi, 0x100
    mov ecx, 42
    rep movsb
    pop es
    cmp byte [mode], 'e'
    je errors
    mov eax, 0x0201             ; access_type, class 1
    mov ebx, 0xFFFF
    mov ecx, 2
    xor edx, edx
    mov esi, 0x90
    xor edi, edi
    call pkt
    jc fail
    mov [handle], ax
    cmp byte [mode], 'l'
    je leave
    cmp byte [mode], 'f'
    jne .send
    mov ax, 0x0101
    mov dx, [blk_sel]
    int 0x31
    jc fail
.send:
    mov eax, 0x0400             ; send_pkt DS:SI = block:100h, 42 bytes
    mov ecx, 42
    mov esi, 0x100
    call pkt
    jc fail
    cmp byte [mode], 'f'
    je .idle
    mov fs, [blk_sel]
    mov ebx, 0x11111111
    mov ebp, 0x22222222
    mov esi, 0x33333333
    mov edi, 0x44444444
    mov ecx, 200000000
    sti
.spin:
    cmp word [fs:0x82], 0
    jne .got
    dec ecx
    jnz .spin
    say {"no frame", 13, 10}
    quit 3
.idle:                          ; the block is gone: just wait for the fault
    mov ecx, 200000000
    sti
.idle_loop:
    dec ecx
    jnz .idle_loop
    quit 5
.got:
    cmp ebx, 0x11111111
    jne clobbered
    cmp ebp, 0x22222222
    jne clobbered
    cmp esi, 0x33333333
    jne clobbered
    cmp edi, 0x44444444
    jne clobbered
    cmp word [fs:0x100 + 12], 0x0608   ; ARP
    jne fail
    cmp word [fs:0x100 + 20], 0x0200   ; reply
    jne fail
    cmp word [fs:0x84], 42      ; CX in both calls
    jb fail
    mov eax, 0x0300             ; release_type
    movzx ebx, word [handle]
    call pkt
    jc fail
    say {"frame ok", 13, 10}
    jmp free_and_quit

errors:
    mov eax, 0x01FF             ; driver_info
    call pkt
    jc fail
    cmp ch, 1
    jne fail
    mov eax, 0x0500             ; terminate: not offered
    mov edx, 0
    call pkt
    jnc fail
    cmp dh, 11
    jne fail
    mov eax, 0x0202             ; access_type with class 2
    mov ecx, 2
    xor edx, edx
    mov esi, 0x90
    call pkt
    jnc fail
    cmp dh, 2
    jne fail
    mov eax, 0x0300             ; release_type of a handle never given
    mov ebx, 7
    call pkt
    jnc fail
    cmp dh, 1
    jne fail
    say {"errors ok", 13, 10}
free_and_quit:
    mov ax, 0x0101
    mov dx, [blk_sel]
    int 0x31
leave:
    quit 0
clobbered:
    say {"registers clobbered", 13, 10}
    quit 4
fail:
    quit 1

; INT 60h in real mode via DPMI 0300h, DS = ES = the DOS block.
pkt:
    mov [rm_eax], eax
    mov [rm_ebx], ebx
    mov [rm_ecx], ecx
    mov [rm_edx], edx
    mov [rm_esi], esi
    mov [rm_edi], edi
    mov ax, [blk_seg]
    mov [rm_ds], ax
    mov [rm_es], ax
    mov word [rm_flags], 0x0202
    mov dword [rm_sp], 0
    push es
    push ds
    pop es
    mov edi, rmregs
    mov ax, 0x0300
    mov bx, 0x60
    xor ecx, ecx
    int 0x31
    pop es
    jc fail
    mov eax, [rm_eax]
    mov ebx, [rm_ebx]
    mov ecx, [rm_ecx]
    mov edx, [rm_edx]
    bt word [rm_flags], 0
    ret

section .data
mode:    db 0
handle:  dw 0
blk_seg: dw 0
blk_sel: dw 0
; An ARP request from 52:54:00:12:34:56 (10.0.2.15) for 10.0.2.2.
arp: db 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x52, 0x54, 0, 0x12, 0x34, 0x56
     db 0x08, 0x06, 0, 1, 0x08, 0, 6, 4, 0, 1
     db 0x52, 0x54, 0, 0x12, 0x34, 0x56, 10, 0, 2, 15
     db 0, 0, 0, 0, 0, 0, 10, 0, 2, 2
; The receiver, 16-bit code copied to offset 0 of the DOS block: AX=0
; counts, keeps CX, answers block:0100h; AX=1 counts.
rcv_code:
bits 16
    test ax, ax
    jnz .copied
    inc word [cs:0x80]
    mov [cs:0x84], cx
    push cs
    pop es
    mov di, 0x100
    retf
.copied:
    inc word [cs:0x82]
    retf
bits 32
rcv_end:
