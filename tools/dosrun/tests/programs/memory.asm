; DPMI memory. Argument: g = allocate 1 MiB, fill its last dword, grow it to
; 3 MiB with 0503h (it may move), check the dword survived and the new end
; is usable, free it; o = ask for 64 MiB, which must fail with 8012h or 8013h.
%include "lib.inc"
%include "arg.inc"
main:
    mov ax, 0x0000              ; a selector to reach the block
    mov cx, 1
    int 0x31
    jc fail
    mov [sel], ax
    call get_arg
    cmp al, 'o'
    je .too_much
    mov ax, 0x0501
    mov bx, 0x0010              ; 1 MiB
    xor cx, cx
    int 0x31
    jc fail
    mov [handle_hi], si
    mov [handle_lo], di
    mov [block_hi], bx
    mov [block_lo], cx
    mov edx, 0xFFFFC
    mov eax, 0xC0FFEE
    call poke
    mov ax, 0x0503
    mov bx, 0x0030              ; 3 MiB
    xor cx, cx
    mov si, [handle_hi]
    mov di, [handle_lo]
    int 0x31
    jc fail
    mov [handle_hi], si
    mov [handle_lo], di
    mov [block_hi], bx
    mov [block_lo], cx
    mov edx, 0xFFFFC
    call peek
    cmp eax, 0xC0FFEE
    jne fail
    mov edx, 0x2FFFFC
    mov eax, 0x12345678
    call poke
    mov ax, 0x0502
    mov si, [handle_hi]
    mov di, [handle_lo]
    int 0x31
    jc fail
    call free_sel
    say {"grown", 13, 10}
    quit 0
.too_much:
    mov ax, 0x0501
    mov bx, 0x0400              ; 64 MiB
    xor cx, cx
    int 0x31
    jnc fail
    cmp ax, 0x8012
    je .refused
    cmp ax, 0x8013
    jne fail
.refused:
    call free_sel
    say {"refused", 13, 10}
    quit 0

; point `sel` at the block with a 4 MiB limit
aim:
    mov dx, [block_lo]
    mov cx, [block_hi]
    mov ax, 0x0007
    mov bx, [sel]
    int 0x31
    jc fail
    mov ax, 0x0008
    mov bx, [sel]
    mov cx, 0x003F
    mov dx, 0xFFFF
    int 0x31
    jc fail
    ret

poke:                           ; [block + edx] = eax
    push eax
    push edx
    call aim
    pop edx
    pop eax
    mov es, [sel]
    mov [es:edx], eax
    push ds
    pop es
    ret

peek:                           ; eax = [block + edx]
    push edx
    call aim
    pop edx
    mov es, [sel]
    mov eax, [es:edx]
    push ds
    pop es
    ret

free_sel:
    mov ax, 0x0001
    mov bx, [sel]
    int 0x31
    ret

fail:
    quit 1

section .data
sel: dw 0
handle_hi: dw 0
handle_lo: dw 0
block_hi: dw 0
block_lo: dw 0
