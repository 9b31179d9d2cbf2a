# binascii and errno
import binascii, errno
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify(b"01ab"), binascii.hexlify(b"abc", "-"), binascii.crc32(b"hello"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.b2a_base64(b"data"), binascii.a2b_base64(b"ZGF0YQ=="))
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.errorcode[errno.ENOENT])
try:
    binascii.unhexlify(b"0")
except binascii.Error as e:
    print("binascii.Error", e)
