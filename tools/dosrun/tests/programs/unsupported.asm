; An unsupported DPMI function must fail with CF set and AX=8001h.
%include "lib.inc"
main:
    mov ax, 0x0A00              ; vendor API entry: not in dosrun
    int 0x31
    jnc fail
    cmp ax, 0x8001
    jne fail
    say {"8001h", 13, 10}
    quit 0
fail:
    quit 1
