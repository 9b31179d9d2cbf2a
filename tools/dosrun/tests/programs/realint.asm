; DPMI 0300h to a real-mode vector the program hooked itself: the host must
; really run the real-mode handler (mov ax, 4321h / add bx, cx / iret) with
; the registers from the structure and hand the results back.
%include "lib.inc"
%include "rmstub.inc"
main:
    mov eax, 0x014321B8         ; B8 21 43: mov ax, 4321h / 01 CB: add bx, cx
    mov ecx, 0xCFCB             ; / CF: iret
    call stub_new
    mov bl, 0x60
    call stub_hook
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
    mov bl, 0x60
    call stub_unhook
    say {"real-mode handler ran", 13, 10}
    quit 0
fail:
    quit 1

