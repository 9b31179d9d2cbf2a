; DPMI 0300h to a real-mode vector the program hooked itself: the host must
; really run the real-mode handler (mov ax, 4321h / add bx, cx / iret) with
; the registers from the structure and hand the results back.
%include "lib.inc"
main:
    mov ax, 0x0100
    mov bx, 1
    int 0x31
    jc fail
    mov [stub_seg], ax
    mov [stub_sel], dx
    mov es, dx
    mov dword [es:0], 0x014321B8 ; B8 21 43: mov ax, 4321h / 01 CB: add bx, cx
    mov word [es:4], 0xCFCB     ; / CF: iret
    push ds
    pop es
    mov ax, 0x0200
    mov bl, 0x60
    int 0x31
    mov [old_seg], cx
    mov [old_off], dx
    mov ax, 0x0201
    mov bl, 0x60
    mov cx, [stub_seg]
    xor dx, dx
    int 0x31
    mov dword [rm_eax], 0
    mov dword [rm_ebx], 40
    mov dword [rm_ecx], 2
    mov word [rm_flags], 0x0202
    mov dword [rm_sp], 0
    mov edi, rmregs
    mov ax, 0x0300
    mov bx, 0x60
    xor ecx, ecx
    int 0x31
    jc fail
    cmp word [rm_eax], 0x4321
    jne fail
    cmp word [rm_ebx], 42
    jne fail
    mov ax, 0x0201
    mov bl, 0x60
    mov cx, [old_seg]
    mov dx, [old_off]
    int 0x31
    mov ax, 0x0101
    mov dx, [stub_sel]
    int 0x31
    say {"real-mode handler ran", 13, 10}
    quit 0
fail:
    quit 1

section .data
stub_seg: dw 0
stub_sel: dw 0
old_seg: dw 0
old_off: dw 0
