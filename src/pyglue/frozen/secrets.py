# secrets: random numbers for security (token_bytes, token_hex,
# token_urlsafe, choice, randbelow, randbits, SystemRandom,
# compare_digest), all drawn from os.urandom as CPython 3.11 does.

import base64
import binascii
from hmac import compare_digest
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom',
           'token_bytes', 'token_hex', 'token_urlsafe',
           'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

# The bytes a token has when its size is not given.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """A random byte string of nbytes bytes."""
    from os import urandom
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return urandom(nbytes)


def token_hex(nbytes=None):
    """A random text string in hexadecimal, two digits a byte."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """A random URL-safe text string in Base64 without padding."""
    tok = token_bytes(nbytes)
    return base64.urlsafe_b64encode(tok).rstrip(b'=').decode('ascii')
