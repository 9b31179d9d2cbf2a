; Ctrl-Break (a 1Ch byte on stdin): the BIOS raises INT 1Bh asynchronously,
; between instructions, while we spin without calling DOS. Argument:
; p = protected-mode handler (0205h); r = real-mode handler stub in DOS
; memory (0201h); d = no 1Bh handler: DOS notes the break and runs our
; protected-mode INT 23h handler at the next DOS call.
%include "lib.inc"
%include "arg.inc"
main:
    sti
    call get_arg
    cmp al, 'r'
    je real
    mov [vector], byte 0x1B
    cmp al, 'd'
    jne .hook
    mov [vector], byte 0x23
.hook:
    mov ax, 0x0204
    mov bl, [vector]
    int 0x31
    mov [old_sel], cx
    mov [old_off], edx
    mov ax, 0x0205
    mov bl, [vector]
    mov cx, cs
    mov edx, pm_handler
    int 0x31
    jc fail
    call spin
    call get_arg
    cmp al, 'd'
    jne .check
    cmp byte [flag], 0          ; INT 23h waits for a DOS call
    jne fail
    mov eax, 0x0B00
    call dos21
.check:
    cmp byte [flag], 0
    je fail
    mov ax, 0x0205
    mov bl, [vector]
    mov cx, [old_sel]
    mov edx, [old_off]
    int 0x31
    say {"break handled", 13, 10}
    quit 0

spin:                           ; until the BIOS break flag (0040:0071h bit 7) is set
    mov ax, 0x0002
    mov bx, 0x40
    int 0x31
    jc fail
    mov es, ax
    mov ecx, 200000000
.loop:
    test byte [es:0x71], 0x80
    jnz .done
    loop .loop
.done:
    push ds
    pop es
    ret

pm_handler:
    mov byte [ds:flag], 1
    iretd

real:
    mov ax, 0x0100
    mov bx, 1
    int 0x31
    jc fail
    mov [stub_seg], ax
    mov [stub_sel], dx
    mov es, dx                  ; mov byte [cs:7], 1 / iret / flag byte
    mov dword [es:0], 0x0706C62E
    mov dword [es:4], 0x00CF0100
    mov ax, 0x0200
    mov bl, 0x1B
    int 0x31
    mov [old_seg], cx
    mov [old_rm_off], dx
    mov ax, 0x0201
    mov bl, 0x1B
    mov cx, [stub_seg]
    xor dx, dx
    int 0x31
    mov ecx, 200000000
.wait:
    cmp byte [es:7], 0
    jne .seen
    loop .wait
    quit 3
.seen:
    push ds
    pop es
    mov ax, 0x0201
    mov bl, 0x1B
    mov cx, [old_seg]
    mov dx, [old_rm_off]
    int 0x31
    mov ax, 0x0101
    mov dx, [stub_sel]
    int 0x31
    say {"break handled in real mode", 13, 10}
    quit 0

fail:
    quit 1

section .data
flag: db 0
vector: db 0
old_sel: dw 0
old_off: dd 0
stub_seg: dw 0
stub_sel: dw 0
old_seg: dw 0
old_rm_off: dw 0
