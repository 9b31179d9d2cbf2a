; RUNT.COM: runs one program for the MPYDOS test rigs (tests/rigs), with
; its standard handles on files, and records how it ended. Neither DOSBox's
; shell nor every COMMAND.COM can redirect handle 2, so this does it.
;
;   RUNT [/C] BASE PROGRAM [ARGS]
;
; stdin is BASE.IN if that file exists, else NUL; stdout goes to BASE.1 and
; stderr to BASE.2; after PROGRAM (a full path, with its extension) ends,
; BASE.RC gets its exit code in decimal, then " T<n>" if DOS ended it another
; way (1: Ctrl-C) or "E<n>" if DOS could not start it (n: the DOS error).
; /C types Ctrl-C once the program has written to stdout and then asked the
; BIOS 6 times whether a key is waiting (MPYDOS asks about once per 18.2 Hz
; tick while it computes or idles): the ^C goes into the BIOS keyboard
; buffer, where a keystroke typed by a user arrives.
; RUNT ignores Ctrl-C itself and empties the keyboard buffer when PROGRAM
; ends, so a ^C left over never stops the batch file that runs the tests.
; Build: nasm -f bin -o RUNT.COM runt.asm

        cpu     8086
        org     100h

POLLS_BEFORE_CTRL_C equ 6

start:
        mov     sp, stack_top
        mov     bx, image_end + 15      ; keep only our own paragraphs
        mov     cl, 4
        shr     bx, cl
        mov     ah, 4Ah
        int     21h
        mov     dx, ignore_ctrl_c
        mov     ax, 2523h
        int     21h

        mov     bl, [80h]               ; the tail ends at its length even
        xor     bh, bh                  ; where a shell left no CR there
        mov     byte [81h + bx], 0Dh
        mov     si, 81h
        call    skip_spaces
        cmp     word [si], '/C'
        jne     .names
        mov     byte [ctrl_c_wanted], 1
        add     si, 2
        call    skip_spaces
.names: mov     di, base
        call    copy_word
        call    skip_spaces
        mov     di, program
        call    copy_word
        cmp     byte [program], 0
        je      usage
        mov     di, tail + 1            ; the rest, from its leading space
        xor     cx, cx
.tail:  lodsb
        cmp     al, 0Dh
        je      .tailend
        stosb
        inc     cx
        jmp     .tail
.tailend:
        mov     al, 0Dh
        stosb
        mov     [tail], cl

        mov     si, ext_in              ; stdin
        call    make_name
        mov     dx, namebuf
        mov     ax, 3D00h
        int     21h
        jnc     .stdin
        mov     dx, nul_name
        mov     ax, 3D00h
        int     21h
        jc      fail
.stdin: xor     cx, cx
        call    move_handle
        mov     si, ext_out             ; stdout
        mov     cx, 1
        call    create_as
        mov     si, ext_err             ; stderr
        mov     cx, 2
        call    create_as

        cmp     byte [ctrl_c_wanted], 0
        je      .exec
        call    hook_vectors

.exec:  mov     [block_tail + 2], cs
        mov     [block_fcb1 + 2], cs
        mov     [block_fcb2 + 2], cs
        mov     dx, program
        mov     bx, exec_block
        mov     ax, 4B00h
        int     21h
        cli                             ; DOS 2 loses SS:SP in EXEC
        mov     bx, cs
        mov     ss, bx
        mov     sp, stack_top
        sti
        mov     ds, bx
        mov     es, bx
        pushf
        push    ax
        cmp     byte [ctrl_c_wanted], 0
        je      .unhooked
        call    unhook_vectors
.unhooked:
        call    empty_keyboard
        mov     di, rc_text
        pop     ax
        popf
        jnc     .ended
        push    ax
        mov     al, 'E'
        stosb
        pop     ax
        call    put_decimal
        jmp     .write
.ended: mov     ah, 4Dh
        int     21h
        push    ax
        call    put_decimal
        pop     ax
        mov     [exit_code], al
        test    ah, ah
        jz      .write
        mov     al, ' '
        stosb
        mov     al, 'T'
        stosb
        mov     al, ah
        call    put_decimal
.write: mov     ax, 0A0Dh
        stosw
        mov     [rc_end], di
        mov     si, ext_rc
        call    make_name
        mov     dx, namebuf
        xor     cx, cx
        mov     ah, 3Ch
        int     21h
        jc      fail
        mov     bx, ax
        mov     dx, rc_text
        mov     cx, [rc_end]
        sub     cx, dx
        mov     ah, 40h
        int     21h
        mov     ah, 3Eh
        int     21h
        mov     ah, 0Dh                 ; write DOS's buffers to the disk
        int     21h
        mov     al, [exit_code]
        mov     ah, 4Ch
        int     21h

usage:  mov     dx, usage_text
        mov     ah, 9
        int     21h
fail:   mov     ax, 4CFFh
        int     21h

; Create BASE plus the extension at SI and make it handle CX.
create_as:
        push    cx
        call    make_name
        mov     dx, namebuf
        xor     cx, cx
        mov     ah, 3Ch
        int     21h
        pop     cx
        jc      fail
; Make handle AX also handle CX, then close AX.
move_handle:
        mov     bx, ax
        mov     ah, 46h
        int     21h
        jc      fail
        mov     ah, 3Eh
        int     21h
        ret

; namebuf = BASE followed by the zero-terminated extension at SI.
make_name:
        push    si
        mov     si, base
        mov     di, namebuf
.base:  lodsb
        test    al, al
        jz      .ext
        stosb
        jmp     .base
.ext:   pop     si
.copy:  lodsb
        stosb
        test    al, al
        jnz     .copy
        ret

skip_spaces:
        cmp     byte [si], ' '
        je      .next
        cmp     byte [si], 9
        jne     .done
.next:  inc     si
        jmp     skip_spaces
.done:  ret

; Copy the word at SI to DI, zero-terminated; SI stops at its end.
copy_word:
        lodsb
        cmp     al, ' '
        je      .end
        cmp     al, 9
        je      .end
        cmp     al, 0Dh
        je      .end
        stosb
        jmp     copy_word
.end:   dec     si
        mov     byte [di], 0
        ret

; Append AL in decimal at DI.
put_decimal:
        xor     ah, ah
        mov     bl, 10
        xor     cx, cx
.split: div     bl
        push    ax
        inc     cx
        xor     ah, ah
        test    al, al
        jnz     .split
.emit:  pop     ax
        mov     al, ah
        add     al, '0'
        stosb
        loop    .emit
        ret

ignore_ctrl_c:
        iret

; Empty the BIOS type-ahead buffer (not with INT 21h AH=0Ch: with stdin on a
; file, DOSBox's never stops reading it).
empty_keyboard:
        mov     ah, 01h
        int     16h
        jz      .empty
        mov     ah, 00h
        int     16h
        jmp     empty_keyboard
.empty: ret

; --- /C: INT 21h tells when the program writes to stdout; INT 16h
; AH=01h/11h (is a key waiting?) counts its polls and, at the Nth one after
; that write, puts ^C (scan code 2Eh, character 03h) in the BIOS buffer.
hook_vectors:
        mov     ax, 3521h
        int     21h
        mov     [old_int21], bx
        mov     [old_int21 + 2], es
        mov     ax, 3516h
        int     21h
        mov     [old_int16], bx
        mov     [old_int16 + 2], es
        push    cs
        pop     es
        mov     dx, int21_hook
        mov     ax, 2521h
        int     21h
        mov     dx, int16_hook
        mov     ax, 2516h
        int     21h
        ret

unhook_vectors:
        push    ds
        lds     dx, [old_int16]
        mov     ax, 2516h
        int     21h
        pop     ds
        push    ds
        lds     dx, [old_int21]
        mov     ax, 2521h
        int     21h
        pop     ds
        ret

int21_hook:
        cmp     ah, 40h
        jne     .chain
        cmp     bx, 1
        jne     .chain
        mov     byte [cs:wrote_stdout], 1
.chain: jmp     far [cs:old_int21]

int16_hook:
        cmp     byte [cs:wrote_stdout], 0
        je      .chain
        cmp     ah, 01h
        je      .poll
        cmp     ah, 11h
        jne     .chain
.poll:  inc     byte [cs:polls]
        cmp     byte [cs:polls], POLLS_BEFORE_CTRL_C
        jne     .chain
        push    ax
        push    bx
        push    ds
        xor     ax, ax
        mov     ds, ax
        cli
        mov     bx, [41Ch]              ; buffer tail, as an offset in 40h:
        mov     word [bx + 400h], 2E03h
        add     bx, 2
        cmp     bx, [482h]              ; the buffer's end
        jb      .stored
        mov     bx, [480h]              ; its start
.stored:
        mov     [41Ch], bx
        sti
        pop     ds
        pop     bx
        pop     ax
.chain: jmp     far [cs:old_int16]

usage_text      db 'RUNT [/C] BASE PROGRAM [ARGS]', 13, 10, '$'
nul_name        db 'NUL', 0
ext_in          db '.IN', 0
ext_out         db '.1', 0
ext_err         db '.2', 0
ext_rc          db '.RC', 0
ctrl_c_wanted   db 0
wrote_stdout    db 0
polls           db 0
exit_code       db 0
exec_block:
        dw      0                       ; the parent's environment
block_tail      dw      tail, 0
block_fcb1      dw      5Ch, 0
block_fcb2      dw      6Ch, 0

section .bss
old_int21       resd 1
old_int16       resd 1
base            resb 80
program         resb 80
namebuf         resb 84
tail            resb 130
rc_text         resb 16
rc_end          resw 1
                resb 512
stack_top:
image_end:
