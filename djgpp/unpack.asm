; The packed MPYDOS.EXE's start-up decoder (nasm, 32-bit, integer-only 486
; code). tools/exepack packs the loaded image (LZ4 block of the E8-filtered
; .text and .data) and writes pack.inc; djgpp/package.sh assembles this file
; with it into a COFF whose .text is this code at the image's base (0x10a8),
; .data the payload high in memory and .bss the rest up to the original
; .bss end, so the stub gives the same memory as for the unpacked program.
; Hand-written because nothing from a crate can run before the image exists.
;
; At the COFF entry the registers are as the stub left them (DS = ES = our
; data selector, FS = the stubinfo, SS:SP = the stub's stack), and so they
; are when the real _start runs: this code touches no segment register and
; no stack. It moves itself to DECODER_AT (top of the future stack, above
; the payload), checks the payload's sums (a damaged or truncated EXE says
; so in one line and exits 1), decodes the payload forward from the image
; base (exepack checked that the writes never reach the unread payload),
; converts the CALLs' absolute targets back to rel32, checks the image's
; sums and jumps to the real entry, which zeroes its own .bss.
bits 32
%include "pack.inc"

; Where a label of the moved decoder lives once moved.
%define MOVED(label) (DECODER_AT + (label) - decoder)

; Fletcher-style sums of DWORDS dwords from AT (tools/exepack's checksum);
; on a difference from A and B, the message.
%macro check 4 ; AT, DWORDS, A, B
        mov esi, %1
        mov ecx, %2
        xor eax, eax
        xor edx, edx
%%sum:
        add eax, [esi]
        add edx, eax
        add esi, 4
        dec ecx
        jnz %%sum
        cmp eax, %3
        jne damaged
        cmp edx, %4
        jne damaged
%endmacro

section .text align=4
global start
start:
        cld
        mov esi, IMAGE_BASE + decoder - start
        mov edi, DECODER_AT
        mov ecx, decoder_end - decoder
        rep movsb
        mov eax, DECODER_AT
        jmp eax

; Position-independent apart from MOVED() addresses: relative jumps only.
decoder:
        check PAYLOAD_AT, PAYLOAD_DWORDS, SUM_A, SUM_B

        ; LZ4 block: sequences of token (literal count << 4 | match length - 4,
        ; 15 = more in the following bytes, each 255 = more again),
        ; literals, 16-bit match offset back into the output; the last
        ; sequence ends after its literals.
        mov esi, PAYLOAD_AT
        mov edi, IMAGE_BASE
        mov ebp, PAYLOAD_AT + PAYLOAD_LEN
.sequence:
        movzx ebx, byte [esi]
        inc esi
        mov ecx, ebx
        shr ecx, 4
        cmp ecx, 15
        jne .literals
.more_literals:
        movzx eax, byte [esi]
        inc esi
        add ecx, eax
        cmp eax, 255
        je .more_literals
.literals:
        rep movsb
        cmp esi, ebp
        jae .decoded
        movzx eax, word [esi]
        add esi, 2
        and ebx, 15
        cmp ebx, 15
        jne .match
.more_match:
        movzx edx, byte [esi]
        inc esi
        add ebx, edx
        cmp edx, 255
        je .more_match
.match:
        lea ecx, [ebx + 4]
        mov edx, esi
        mov esi, edi
        sub esi, eax
        rep movsb                       ; byte by byte: overlapping copies repeat
        mov esi, edx
        jmp .sequence
.decoded:
        cmp esi, ebp
        jne damaged
        cmp edi, IMAGE_END
        jne damaged

        ; The E8 filter's inverse: scanning forward, the 4 bytes after each
        ; E8 (positions up to IMAGE_END - 5) whose top byte is 00 or FF go
        ; from absolute back to relative (modulo 2^25, sign-extended), and
        ; the scan goes on after them; after any other E8, 4 bytes on (as
        ; exepack's e8_walk says why).
        mov edi, IMAGE_BASE
        mov ecx, IMAGE_END - IMAGE_BASE - 4
.scan:
        mov al, 0xe8
        repne scasb
        jne .filtered
        mov al, [edi + 3]
        inc al
        cmp al, 1
        ja .not_call
        mov eax, [edi]
        sub eax, edi
        sub eax, 4
        shl eax, 7
        sar eax, 7
        mov [edi], eax
        add edi, 4
        sub ecx, 4
        ja .scan
        jmp .filtered
.not_call:
        add edi, 3
        sub ecx, 3
        ja .scan
.filtered:
        ; The image as linked, or a decoder fault said rather than run.
        check IMAGE_BASE, (IMAGE_END - IMAGE_BASE) / 4, IMAGE_SUM_A, IMAGE_SUM_B
        mov eax, IMAGE_BASE
        jmp eax

; One line on the console (DOS function 02h takes no pointer, so it needs
; no transfer buffer) and exit code 1.
damaged:
        mov esi, MOVED(message)
.say:
        mov dl, [esi]
        inc esi
        test dl, dl
        jz .exit
        mov ah, 0x02
        int 0x21
        jmp .say
.exit:
        mov ax, 0x4c01
        int 0x21
message:
        db "MPYDOS: this EXE is damaged (its packed image fails its check); copy it again.", 13, 10, 0
decoder_end:
        ; A negative count stops nasm: the decoder must fit DECODER_ROOM.
        times -((decoder_end - decoder) > DECODER_ROOM) db 0

section .data align=4
        incbin "payload.bin"
section .bss align=4
        resb BSS_END - BSS_AT
