; A full disk (run with --disk-free 2500): three 1000-byte writes return
; 1000, 1000 and 500 (short count, CF clear); deleting the file gives the
; space back, so a new file takes 1000 again.
%include "lib.inc"
main:
    call create
    mov edx, 1000
    call write
    mov edx, 1000
    call write
    mov edx, 500
    call write
    call close
    mov eax, 0x4100             ; delete
    mov edx, 0x100
    call dos21
    jc fail
    call create
    mov edx, 1000
    call write
    call close
    say {"short write ok", 13, 10}
    quit 0

create:
    mov esi, name
    mov edi, 0x100
    mov ecx, name_end - name
    call to_tb
    mov eax, 0x3C00
    xor ecx, ecx
    mov edx, 0x100
    call dos21
    jc fail
    mov [handle], ax
    ret

write:                          ; 1000 bytes; edx = the count expected back
    push edx
    mov eax, 0x4000
    movzx ebx, word [handle]
    mov ecx, 1000
    mov edx, 0x200
    call dos21
    pop edx
    jc fail
    cmp eax, edx
    jne fail
    ret

close:
    mov eax, 0x3E00
    movzx ebx, word [handle]
    call dos21
    ret

fail:
    quit 1

section .data
name: db "FULL.TXT", 0
name_end:
handle: dw 0
