; CPU exceptions delivered to DPMI 0203h handlers: a ud2 (#UD) and loading
; a bad selector (#GP) both land in our handler with the faulting CS:EIP in
; the frame; it checks the opcode there, skips the 2-byte instruction and
; returns with RETF. Argument: k = keep the handlers installed at exit.
%include "lib.inc"
%include "arg.inc"
main:
    mov bl, 0x06
    call install
    mov bl, 0x0D
    call install
    ud2
    mov ax, 0x7774
    mov es, ax                  ; 8E C0
    push ds
    pop es
    cmp dword [seen], 2
    jne fail
    say {"both handled", 13, 10}
    call get_arg
    cmp al, 'k'
    je .leave
    mov ax, 0x0203
    mov bl, 0x06
    mov cx, [old_sel]
    mov edx, [old_off]
    int 0x31
    mov ax, 0x0203
    mov bl, 0x0D
    mov cx, [old_sel + 2]
    mov edx, [old_off + 4]
    int 0x31
.leave:
    quit 0
fail:
    quit 1

install:                        ; bl = exception number; old handler saved
    movzx esi, bl
    shr esi, 3                  ; 06h -> slot 0, 0Dh -> slot 1
    mov ax, 0x0202
    int 0x31
    mov [old_sel + esi * 2], cx
    mov [old_off + esi * 4], edx
    mov ax, 0x0203
    mov cx, cs
    mov edx, handler
    int 0x31
    jc fail
    ret

; [esp] ret EIP, +4 ret CS, +8 error, +12 EIP, +16 CS, +20 EFLAGS, +24 ESP, +28 SS
handler:
    push ds
    push eax
    push ebx
    mov ax, [esp + 12 + 16]     ; the client's CS: read its code through DS
    mov ds, ax
    mov ebx, [esp + 12 + 12]
    mov al, [ebx]
    cmp al, 0x0F                ; ud2
    je .known
    cmp al, 0x8E                ; mov es, ax
    jne .unknown
.known:
    add dword [esp + 12 + 12], 2
    pop ebx
    pop eax
    pop ds
    inc dword [ds:seen]
    retf
.unknown:
    pop ebx
    pop eax
    pop ds
    retf

section .data
seen: dd 0
old_sel: dw 0, 0
old_off: dd 0, 0
