# binascii: hex with separators, base64 edge cases and padding errors, crc32
import binascii
for t in [lambda: binascii.unhexlify(b'0'), lambda: binascii.unhexlify(b'zz'), lambda: binascii.a2b_base64(b'abc'), lambda: binascii.a2b_base64(b'a'), lambda: binascii.hexlify('x'), lambda: binascii.unhexlify('0g'), lambda: binascii.b2a_base64(b'ab', newline=False), lambda: binascii.crc32(b'a', -1), lambda: binascii.hexlify(b'abcde', b':', 2), lambda: binascii.hexlify(b'abcde', ':', -2), lambda: binascii.a2b_base64('Zm9v\n'), lambda: binascii.a2b_base64(b'Zm=9v'),lambda: binascii.a2b_base64(b'Zm9v!!'), lambda: binascii.unhexlify('é'), lambda: binascii.a2b_base64(b'YWJjZA=='), lambda: binascii.a2b_base64(b'YWJjZA='), lambda: binascii.a2b_base64(b'YQ'), lambda: binascii.b2a_base64(b''), lambda: binascii.b2a_base64(b'abcdefg')]:
  try: print(repr(t()))
  except Exception as e: print(type(e).__name__, e)
print(binascii.Error.__mro__)
