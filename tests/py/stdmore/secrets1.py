# secrets: token sizes and alphabets, choice/randbelow/randbits ranges,
# compare_digest, and the errors
import secrets, string
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(7)), set(secrets.token_hex(64)) <= set('0123456789abcdef'))
u = secrets.token_urlsafe(48)
print(len(u), len(secrets.token_urlsafe()), len(secrets.token_urlsafe(5)),
      set(u) <= set(string.ascii_letters + string.digits + '-_'))
print(secrets.token_bytes(0), secrets.token_hex(0), repr(secrets.token_urlsafe(0)))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(len({secrets.randbelow(4) for _ in range(200)}))
print(all(0 <= secrets.randbits(8) < 256 for _ in range(100)), secrets.randbits(0))
print(secrets.choice('a') , secrets.choice([7, 7]), secrets.choice('abc') in 'abc')
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest(b'abc', b'abd'),
      secrets.compare_digest('same', 'same'), secrets.compare_digest('a', 'ab'))
print(len({secrets.token_hex(8) for _ in range(50)}))
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
for bad in (lambda: secrets.randbelow(0), lambda: secrets.randbelow(-3),
            lambda: secrets.choice([]), lambda: secrets.token_bytes(-1),
            lambda: secrets.compare_digest('a', b'a'), lambda: secrets.randbits(-1)):
    try:
        bad()
        print('no error')
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
