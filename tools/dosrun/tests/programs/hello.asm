; Prints through DOS (INT 21h AH=40h via DPMI 0300h and the transfer buffer).
%include "lib.inc"
main:
    say {"Hello from DOS!", 13, 10}
    quit 0
