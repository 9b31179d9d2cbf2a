# ipaddress: IPv4 and IPv6 addresses, networks and interfaces
# (IPv4Address/Network/Interface, IPv6Address/Network/Interface,
# ip_address, ip_network, ip_interface, v4/v6_int_to_packed) with CPython
# 3.11's parsing rules, text forms (IPv6 "::" compression), properties and
# error messages. Not provided: collapse_addresses,
# summarize_address_range, get_mixed_type_key, address_exclude and the
# IPv6 teredo/sixtofour properties.

import functools

__all__ = ['AddressValueError', 'NetmaskValueError', 'IPv4Address',
           'IPv4Network', 'IPv4Interface', 'IPv6Address', 'IPv6Network',
           'IPv6Interface', 'ip_address', 'ip_network', 'ip_interface',
           'v4_int_to_packed', 'v6_int_to_packed', 'IPV4LENGTH', 'IPV6LENGTH']

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A Value Error related to the address."""


class NetmaskValueError(ValueError):
    """A Value Error related to the netmask."""


def _first_that_parses(classes, value, what, *args):
    for cls in classes:
        try:
            return cls(value, *args)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 '
                     f'{what}')


def ip_address(address):
    """An IPv4Address or IPv6Address from a string or an int."""
    return _first_that_parses((IPv4Address, IPv6Address), address,
                              'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network from a string, int or tuple."""
    return _first_that_parses((IPv4Network, IPv6Network), address,
                              'network', strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface."""
    return _first_that_parses((IPv4Interface, IPv6Interface), address,
                              'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as an int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as an int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return parts


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    return min(bits, (~number & (number - 1)).bit_length())


class _IPAddressBase:
    """What addresses, networks and interfaces share: the version's sizes,
    text parsing and netmask handling."""
    __slots__ = ()

    @property
    def exploded(self):
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        return str(self)

    @property
    def reverse_pointer(self):
        return self._reverse_pointer()

    @property
    def version(self):
        return self._version

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError(
                "%d (< 0) is not permitted as an IPv%d address" %
                (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError(
                "%d (>= 2**%d) is not permitted as an IPv%d address" %
                (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError(
                "%r (len %d != %d) is not permitted as an IPv%d address" %
                (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones' %
                             ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' %
                                netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if not (text.isascii() and text.isdigit()):
            cls._report_invalid_netmask(text)
        prefixlen = int(text)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._report_invalid_netmask(text)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        try:
            return cls._prefix_from_ip_int(ip_int)
        except ValueError:
            pass
        # A host mask (0s then 1s) says the same.
        try:
            return cls._prefix_from_ip_int(ip_int ^ cls._ALL_ONES)
        except ValueError:
            cls._report_invalid_netmask(ip_str)

    @classmethod
    def _split_addr_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            address = _split_optional_netmask(address)
        if len(address) > 1:
            return address
        return address[0], cls._max_prefixlen

    @classmethod
    def _make_netmask(cls, arg):
        # (netmask address, prefix length) from an int or a string that
        # is a prefix length, a netmask or a host mask.
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._report_invalid_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                if cls._version == 6:
                    raise
                prefixlen = cls._prefix_from_ip_string(arg)
        return cls._address_class(cls._ip_int_from_prefix(prefixlen)), \
            prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return (self._ip == other._ip and
                    self._version == other._version)
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' %
                            (self, other))
        if self._ip != other._ip:
            return self._ip < other._ip
        return False

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        import re
        m = re.fullmatch('(#?)(_?)([xbnX])', fmt)
        if not m:
            return super().__format__(fmt)
        alternate, grouping, base = m.groups()
        if base == 'n':
            base = 'b' if self._version == 4 else 'x'
        width = self._max_prefixlen if base == 'b' else \
            self._max_prefixlen // 4
        if grouping:
            width += width // 4 - 1
        if alternate:
            width += 2
        return format(int(self), f'{alternate}0{width}{grouping}{base}')

    def _in_any(self, networks):
        return any(self in net for net in networks)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: its first address and its prefix length."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        """The usable host addresses of the network."""
        if self._prefixlen == self._max_prefixlen:
            return [self.network_address]
        if self._prefixlen == self._max_prefixlen - 1:
            return iter(self)
        first = int(self.network_address) + 1
        last = int(self.broadcast_address) - (self._version == 4)
        return (self._address_class(x) for x in range(first, last + 1))

    def __iter__(self):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        for x in range(first, last + 1):
            yield self._address_class(x)

    def __getitem__(self, n):
        network = int(self.network_address)
        broadcast = int(self.broadcast_address)
        if n >= 0:
            if network + n > broadcast:
                raise IndexError('address out of range')
            return self._address_class(network + n)
        n += 1
        if broadcast + n < network:
            raise IndexError('address out of range')
        return self._address_class(broadcast + n)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' %
                            (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share an address."""
        return (self.network_address in other or
                self.broadcast_address in other or
                other.network_address in self or
                other.broadcast_address in self)

    @property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) |
                                   int(self.hostmask))

    @property
    def hostmask(self):
        return self._address_class(int(self.netmask) ^ self._ALL_ONES)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def compare_networks(self, other):
        """-1, 0 or 1 as self sorts before, with or after other."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' %
                            (self, other))
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets that make up this network."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError(
                'prefix length diff %d is invalid for netblock %s' % (
                    new_prefixlen, self))
        start = int(self.network_address)
        end = int(self.broadcast_address) + 1
        step = (int(self.hostmask) + 1) >> prefixlen_diff
        for new_addr in range(start, end, step):
            yield self.__class__((new_addr, new_prefixlen))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network containing this one, prefixlen_diff bits shorter."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError(
                'current prefixlen is %d, cannot have a prefixlen_diff of %d'
                % (self.prefixlen, prefixlen_diff))
        return self.__class__((
            int(self.network_address) & (int(self.netmask) << prefixlen_diff),
            new_prefixlen))

    @staticmethod
    def _is_subnet_of(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address and
                    b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment "
                            f"between {a} and {b}")

    def subnet_of(self, other):
        """Whether self lies inside other."""
        return self._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies inside self."""
        return self._is_subnet_of(other, self)

    def _both_ends(self, prop):
        return getattr(self.network_address, prop) and \
            getattr(self.broadcast_address, prop)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        return self._both_ends('is_private')

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    def _init_network(self, address, strict):
        addr, mask = self._split_addr_prefix(address)
        self.network_address = self._address_class(addr)
        self.netmask, self._prefixlen = self._make_netmask(mask)
        packed = int(self.network_address)
        if packed & int(self.netmask) != packed:
            if strict:
                raise ValueError('%s has host bits set' % self)
            self.network_address = self._address_class(
                packed & int(self.netmask))


class _BaseInterface:
    """An address with the network it sits in (mixed into an address
    class)."""

    def _init_interface(self, address):
        addr, mask = self._split_addr_prefix(address)
        self._address_class.__init__(self, addr)
        self.network = self._network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._address_class.__str__(self), self._prefixlen)

    def __eq__(self, other):
        same = self._address_class.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return (self.network < other.network or
                    self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen,
                     int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_class(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._address_class.__str__(self),
                          self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._address_class.__str__(self), self.hostmask)


# -- IPv4 ------------------------------------------------------------------

class _BaseV4:
    __slots__ = ()
    _version = 4
    _ALL_ONES = (2 ** IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            return int.from_bytes(map(cls._parse_octet, octets), 'big')
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" %
                             octet_str)
        if len(octet_str) > 3:
            raise ValueError("At most 3 characters permitted in %r" %
                             octet_str)
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError("Leading zeros are not permitted in %r" %
                             octet_str)
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '.'.join(map(str, ip_int.to_bytes(4, 'big')))

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'


class IPv4Address(_BaseV4, _BaseAddress):
    """Represent and manipulate single IPv4 Addresses."""
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 4)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        self._ip = self._ip_int_from_string(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return self._in_any(_V4.private)

    @property
    def is_global(self):
        return self not in _V4.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self == _V4.unspecified

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.link_local


class IPv4Interface(_BaseInterface, IPv4Address):
    __slots__ = ()

    def __init__(self, address):
        self._init_interface(address)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: an address with a prefix length, netmask or
    host mask ('192.0.2.0/24', '192.0.2.0/255.255.255.0')."""
    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_global(self):
        return (not (self.network_address in _V4.shared and
                     self.broadcast_address in _V4.shared) and
                not self.is_private)


IPv4Interface._address_class = IPv4Address
IPv4Interface._network_class = IPv4Network


class _V4:
    # The special-purpose IPv4 blocks the is_* properties test.
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
        '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    reserved = IPv4Network('240.0.0.0/4')
    unspecified = IPv4Address('0.0.0.0')


# -- IPv6 ------------------------------------------------------------------

_HEX_DIGITS = frozenset('0123456789abcdefABCDEF')


def _compress_hextets(hextets):
    # The longest run (two or more) of zero groups becomes '' ('::').
    best_start = -1
    best_len = 0
    start = -1
    run = 0
    for index, hextet in enumerate(hextets):
        if hextet == '0':
            run += 1
            if start == -1:
                start = index
            if run > best_len:
                best_len = run
                best_start = start
        else:
            run = 0
            start = -1
    if best_len > 1:
        end = best_start + best_len
        if end == len(hextets):
            hextets += ['']
        hextets[best_start:end] = ['']
        if best_start == 0:
            hextets = [''] + hextets
    return hextets


class _BaseV6:
    __slots__ = ()
    _version = 6
    _ALL_ONES = (2 ** IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _max_prefixlen = IPV6LENGTH

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least %d parts expected in %r" %
                                    (3, ip_str))
        if '.' in parts[-1]:
            try:
                v4 = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, ip_str)) from None
            parts.append('%x' % ((v4 >> 16) & 0xFFFF))
            parts.append('%x' % (v4 & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError("At most %d colons permitted in %r" %
                                    (cls._HEXTET_COUNT, ip_str))
        skip = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if skip is not None:
                    raise AddressValueError(
                        "At most one '::' permitted in %r" % ip_str)
                skip = i
        leading = "Leading ':' only permitted as part of '::' in %r"
        trailing = "Trailing ':' only permitted as part of '::' in %r"
        if skip is not None:
            hi = skip
            lo = len(parts) - skip - 1
            if not parts[0]:
                hi -= 1
                if hi:
                    raise AddressValueError(leading % ip_str)
            if not parts[-1]:
                lo -= 1
                if lo:
                    raise AddressValueError(trailing % ip_str)
            skipped = cls._HEXTET_COUNT - (hi + lo)
            if skipped < 1:
                raise AddressValueError(
                    "Expected at most %d other parts with '::' in %r" %
                    (cls._HEXTET_COUNT - 1, ip_str))
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(
                    "Exactly %d parts expected without '::' in %r" %
                    (cls._HEXTET_COUNT, ip_str))
            if not parts[0]:
                raise AddressValueError(leading % ip_str)
            if not parts[-1]:
                raise AddressValueError(trailing % ip_str)
            hi = len(parts)
            lo = 0
            skipped = 0
        try:
            ip_int = 0
            for i in range(hi):
                ip_int = (ip_int << 16) | cls._parse_hextet(parts[i])
            ip_int <<= 16 * skipped
            for i in range(-lo, 0):
                ip_int = (ip_int << 16) | cls._parse_hextet(parts[i])
            return ip_int
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not _HEX_DIGITS.issuperset(hextet_str):
            raise ValueError("Only hex digits permitted in %r" % hextet_str)
        if len(hextet_str) > 4:
            raise ValueError("At most 4 characters permitted in %r" %
                             hextet_str)
        return int(hextet_str, 16)

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        hex_str = '%032x' % ip_int
        hextets = ['%x' % int(hex_str[x:x + 4], 16) for x in range(0, 32, 4)]
        return ':'.join(_compress_hextets(hextets))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, _BaseNetwork):
            ip_int = int(self.network_address)
        else:
            ip_int = self._ip
        hex_str = '%032x' % ip_int
        text = ':'.join(hex_str[x:x + 4] for x in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, _BaseInterface)):
            return '%s/%d' % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id


class IPv6Address(_BaseV6, _BaseAddress):
    """Represent and manipulate single IPv6 Addresses."""
    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._check_int_address(address)
            self._ip = address
            return
        if isinstance(address, bytes):
            self._check_packed_address(address, 16)
            self._ip = int.from_bytes(address, 'big')
            return
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        text, self._scope_id = self._split_scope_id(text)
        self._ip = self._ip_int_from_string(text)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def ipv4_mapped(self):
        """The IPv4 address of an ::ffff:a.b.c.d address, else None."""
        if (self._ip >> 32) != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return self._in_any(_V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.link_local

    @property
    def is_site_local(self):
        return self in _V6.site_local

    @property
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._in_any(_V6.private)

    @property
    def is_global(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_global
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1


class IPv6Interface(_BaseInterface, IPv6Address):
    __slots__ = ()

    def __init__(self, address):
        self._init_interface(address)


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: an address with a prefix length."""
    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        self._init_network(address, strict)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


IPv6Interface._address_class = IPv6Address
IPv6Interface._network_class = IPv6Network


class _V6:
    # The special-purpose IPv6 blocks the is_* properties test.
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    site_local = IPv6Network('fec0::/10')
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
        '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7',
        'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
        '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3',
        'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
