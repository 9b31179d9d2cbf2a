; Segment limits. Argument: r = read one byte past DS's limit; w = write
; past it; n = "nearptr": raise DS's limit to 4 GiB and read the BIOS tick
; count at linear 46Ch through DS (offset wraps mod 2^32); s = load a
; selector that was never allocated (#GP).
%include "lib.inc"
%include "arg.inc"
main:
    call get_arg
    cmp al, 's'
    jne .not_selector
    mov ax, 0x7774
    mov es, ax
    say {"loaded a bad selector!", 13, 10}
    quit 0
.not_selector:
    cmp al, 'n'
    je .nearptr
    say {"limit read", 13, 10}
    mov ebx, ds
    lsl edx, ebx                ; DS's limit
    call get_arg
    cmp al, 'w'
    je .write
    mov al, [edx + 1]
    say {"read past the limit!", 13, 10}
    quit 0
.write:
    mov byte [edx + 1], 0
    say {"wrote past the limit!", 13, 10}
    quit 0
.nearptr:
    mov ax, 0x0006
    mov bx, ds
    int 0x31
    jc fail
    shl ecx, 16
    mov cx, dx
    mov [base], ecx
    mov ax, 0x0008
    mov bx, ds
    mov cx, 0xFFFF
    mov dx, 0xFFFF
    int 0x31
    jc fail
    mov ax, ds                  ; reload the new limit
    mov ds, ax
    mov es, ax
    mov ss, ax
    mov ebx, 0x46C
    sub ebx, [base]             ; linear 46Ch as a DS offset
    mov eax, [ebx]
    mov [via_nearptr], eax
    mov ax, 0x0002              ; the same dword through a selector for 0040h
    mov bx, 0x40
    int 0x31
    jc fail
    mov es, ax
    mov eax, [es:0x6C]
    push ds
    pop es
    sub eax, [via_nearptr]
    cmp eax, 1                  ; equal, or one tick later
    ja fail
    say {"nearptr ok", 13, 10}
    quit 0
fail:
    quit 1

section .data
base: dd 0
via_nearptr: dd 0
