; QEXIT.COM: ends the QEMU rig's run (tests/rigs/qemu.py). Writes DOS's
; buffers to the disk, then writes to I/O port F4h, where the rig's
; isa-debug-exit device ends QEMU. Build: nasm -f bin -o QEXIT.COM qexit.asm
        cpu     8086
        org     100h
        mov     ah, 0Dh
        int     21h
        mov     al, 0
        out     0F4h, al
        mov     ax, 4C00h               ; not under QEMU: just end
        int     21h
