; Files through DOS: create/write/close, open/seek/read, size by seek-to-end,
; find first/next with a DTA in the transfer buffer, mkdir/chdir/getcwd,
; rename, delete. Prints what it sees; any DOS error exits with 1.
%include "lib.inc"

%macro check 0
    jc fail
%endmacro

; put_tb offset, "string"  (ASCIZ into the transfer buffer)
%macro put_tb 2
    [section .data]
%%s: db %2, 0
%%e:
    __?SECT?__
    mov esi, %%s
    mov edi, %1
    mov ecx, %%e - %%s
    call to_tb
%endmacro

main:
    put_tb 0x100, "out.txt"
    mov eax, 0x3C00             ; create
    xor ecx, ecx
    mov edx, 0x100
    call dos21
    check
    mov [handle], ax
    put_tb 0x200, "hello file"
    mov eax, 0x4000             ; write 10 bytes
    movzx ebx, word [handle]
    mov ecx, 10
    mov edx, 0x200
    call dos21
    check
    cmp eax, 10
    jne fail
    mov eax, 0x3E00
    movzx ebx, word [handle]
    call dos21
    check

    put_tb 0x100, "OUT.TXT"     ; open read-only, other case
    mov eax, 0x3D00
    mov edx, 0x100
    call dos21
    check
    mov [handle], ax
    mov eax, 0x4200             ; seek to 6
    movzx ebx, word [handle]
    xor ecx, ecx
    mov edx, 6
    call dos21
    check
    mov eax, 0x3F00             ; read 4 -> "file"
    movzx ebx, word [handle]
    mov ecx, 100
    mov edx, 0x300
    call dos21
    check
    mov [count], eax
    mov esi, 0x300
    mov edi, line
    mov ecx, eax
    call from_tb
    say "read: "
    mov esi, line
    mov ecx, [count]
    call print
    say {13, 10}
    mov eax, 0x4202             ; seek to end -> size 10
    movzx ebx, word [handle]
    xor ecx, ecx
    xor edx, edx
    call dos21
    check
    cmp eax, 10
    jne fail
    say {"size: 10", 13, 10}
    mov eax, 0x3E00
    movzx ebx, word [handle]
    call dos21
    check

    mov eax, 0x1A00             ; DTA at transfer buffer + 400h
    mov edx, 0x400
    call dos21
    put_tb 0x100, "*.TXT"
    mov eax, 0x4E00
    mov ecx, 0
    mov edx, 0x100
    call dos21
.found:
    jc .no_more
    mov esi, 0x400 + 0x1E
    mov edi, line
    mov ecx, 13
    call from_tb
    say "found: "
    mov edi, line
    xor ecx, ecx
.len: cmp byte [edi + ecx], 0
    je .len_done
    inc ecx
    jmp .len
.len_done:
    mov esi, line
    call print
    say {13, 10}
    mov eax, 0x4F00
    call dos21
    jmp .found
.no_more:
    cmp ax, 0x12                ; no more files
    jne fail

    put_tb 0x100, "SUB"
    mov eax, 0x3900
    mov edx, 0x100
    call dos21
    check
    mov eax, 0x3B00
    mov edx, 0x100
    call dos21
    check
    mov eax, 0x4700             ; getcwd into buffer + 500h
    xor edx, edx
    mov esi, 0x500
    call dos21
    check
    mov esi, 0x500
    mov edi, line
    mov ecx, 64
    call from_tb
    say "cwd: "
    mov esi, line
    mov ecx, 3
    call print
    say {13, 10}
    put_tb 0x100, "..\OUT.TXT"
    put_tb 0x180, "/sub/moved.txt"
    mov eax, 0x5600             ; rename ..\OUT.TXT -> \SUB\MOVED.TXT
    mov edx, 0x100
    mov edi, 0x180
    call dos21
    check
    put_tb 0x100, "MISSING.TXT"
    mov eax, 0x3D00
    mov edx, 0x100
    call dos21
    jnc fail
    cmp ax, 2                   ; file not found
    jne fail
    say {"missing: error 2", 13, 10}
    put_tb 0x100, "C:\SUB\MOVED.TXT"
    mov eax, 0x4300             ; attributes
    mov edx, 0x100
    call dos21
    check
    say {"ok", 13, 10}
    quit 0
fail:
    say {"DOS error", 13, 10}
    quit 1

section .data
handle: dw 0
count: dd 0
line: times 80 db 0
