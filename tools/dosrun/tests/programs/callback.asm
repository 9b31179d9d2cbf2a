; Real-mode callback (DPMI 0303h): a real-mode stub far-calls the callback;
; our protected-mode procedure sets AX=1234h in the register structure,
; simulates the stub's RETF and returns with IRET; DPMI 0301h runs the stub.
%include "lib.inc"
%include "rmstub.inc"
main:
    xor eax, eax
    xor ecx, ecx
    call stub_new
    push ds
    mov ax, cs
    mov ds, ax
    mov esi, procedure          ; DS:ESI = protected-mode procedure
    pop es                      ; ES:EDI = its register structure
    push es
    mov edi, cb_regs
    mov ax, 0x0303
    int 0x31
    pop ds
    push ds
    pop es
    jc fail
    mov [cb_seg], cx
    mov [cb_off], dx
    mov es, [stub_sel]          ; call far cb_seg:cb_off / retf
    mov byte [es:0], 0x9A
    mov [es:1], dx
    mov [es:3], cx
    mov byte [es:5], 0xCB
    push ds
    pop es
    mov ax, [stub_seg]          ; 0301h: far call the stub
    mov [rm_cs], ax
    mov word [rm_ip], 0
    mov dword [rm_eax], 0
    mov dword [rm_sp], 0
    mov word [rm_flags], 0x0202
    mov edi, rmregs
    mov ax, 0x0301
    xor bx, bx
    xor ecx, ecx
    int 0x31
    jc fail
    cmp word [rm_eax], 0x1234
    jne fail
    mov ax, 0x0304
    mov cx, [cb_seg]
    mov dx, [cb_off]
    int 0x31
    jc fail
    mov ax, 0x0101
    mov dx, [stub_sel]
    int 0x31
    jc fail
    say {"callback ran", 13, 10}
    quit 0
fail:
    quit 1

; DS:ESI = real-mode SS:SP, ES:EDI = the structure; interrupts are off.
procedure:
    mov word [es:edi + 0x1C], 0x1234
    mov ax, [esi]               ; pop the stub's return address (RETF)
    mov [es:edi + 0x2A], ax
    mov ax, [esi + 2]
    mov [es:edi + 0x2C], ax
    add word [es:edi + 0x2E], 4
    iretd

section .data
cb_seg: dw 0
cb_off: dw 0
cb_regs: times 0x32 db 0
