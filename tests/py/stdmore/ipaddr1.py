# ipaddress: IPv4 addresses, networks and interfaces; IPv6 parsing,
# compression and properties; comparisons and arithmetic
import ipaddress as ip
a = ip.ip_address('192.168.1.10')
print(repr(a), a, int(a), a.packed, a.version, a.max_prefixlen, a.reverse_pointer)
print(a + 5, a - 10, a.exploded, a.compressed, hash(a) == hash(ip.IPv4Address(3232235786)))
print(ip.IPv4Address(b'\x7f\x00\x00\x01'), ip.ip_address(0), ip.ip_address(2**32 - 1), ip.ip_address(2**32))
for s in ['10.1.2.3', '127.0.0.1', '169.254.1.1', '224.0.0.1', '100.64.0.1', '8.8.8.8', '0.0.0.0',
          '240.0.0.1', '255.255.255.255', '192.0.2.1', '172.16.5.4']:
    x = ip.ip_address(s)
    print(s, x.is_private, x.is_global, x.is_loopback, x.is_link_local, x.is_multicast, x.is_reserved, x.is_unspecified)
print(format(a, 'b'), format(a, '#x'), format(a, '_X'), format(a, 'n'), format(a, '>20s'), f'{a}')
print(a == ip.ip_address('192.168.1.10'), a < ip.ip_address('192.168.1.11'), a >= ip.ip_address('10.0.0.0'), a == '192.168.1.10')
print(sorted([ip.ip_address('10.0.0.2'), ip.ip_address('9.255.0.0'), ip.ip_address('10.0.0.1')]))
n = ip.ip_network('192.168.0.0/22')
print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.num_addresses, n.prefixlen)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n[0], n[5], n[-1], n[-2])
print(ip.ip_address('192.168.3.7') in n, ip.ip_address('192.168.4.0') in n, ip.ip_address('::1') in n)
print(list(n.subnets()), list(n.subnets(new_prefix=24)), n.supernet(), n.supernet(new_prefix=16))
print(list(ip.ip_network('10.0.0.0/30').hosts()), list(ip.ip_network('10.0.0.0/31').hosts()),
      ip.ip_network('10.0.0.7/32').hosts(), list(ip.ip_network('10.0.0.0/30')))
print(ip.ip_network('10.0.0.0/255.0.0.0'), ip.ip_network('10.0.0.0/0.0.0.255'), ip.ip_network('10.1.2.3/8', strict=False),
      ip.IPv4Network(('10.0.0.0', 8)), ip.IPv4Network(('10.0.0.0', '255.255.0.0')), ip.IPv4Network(167772160), ip.ip_network('10.0.0.0'))
m = ip.ip_network('192.168.1.0/24')
print(m.subnet_of(n), n.supernet_of(m), m.overlaps(n), ip.ip_network('10.0.0.0/8').overlaps(n), n.compare_networks(m), m.compare_networks(n))
print(m.is_private, ip.ip_network('100.64.0.0/10').is_global, ip.ip_network('8.0.0.0/8').is_global, ip.ip_network('224.0.0.0/4').is_multicast)
print(sorted([ip.ip_network('10.0.0.0/16'), ip.ip_network('10.0.0.0/8'), ip.ip_network('9.0.0.0/8')]), hash(m) == hash(ip.ip_network('192.168.1.0/24')))
i = ip.ip_interface('192.168.1.77/24')
print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask)
print(i == ip.ip_interface('192.168.1.77/24'), i == ip.ip_interface('192.168.1.77/25'), i < ip.ip_interface('192.168.1.78/24'),
      ip.IPv4Interface('10.0.0.1'), ip.IPv4Interface('10.0.0.1/255.255.0.0'), i.is_private, i.version)
for s in ['::1', '::', '2001:db8::1', '2001:0db8:0000:0000:0000:ff00:0042:8329', 'fe80::1ff:fe23:4567:890a',
          '1:0:0:1:0:0:0:1', '1:0:0:2:0:0:3:4', '0:0:0:0:0:0:0:5', '1::', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff',
          '::ffff:192.0.2.128', '64:ff9b::192.0.2.33', 'FF02::1', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8']:
    x = ip.ip_address(s)
    print(s, '->', x, x.exploded, x.is_private, x.is_global, x.is_multicast, x.is_link_local, x.is_loopback, x.is_reserved,
          x.is_unspecified, x.is_site_local, x.ipv4_mapped, x.scope_id)
sc = ip.ip_address('fe80::1%eth0')
print(repr(sc), sc, sc.scope_id, sc == ip.ip_address('fe80::1'), sc.is_link_local, ip.ip_address('fe80::1%1') == ip.ip_address('fe80::1%1'))
v6 = ip.ip_address('2001:db8::8:800:200c:417a')
print(repr(v6), int(v6), v6.packed.hex(), v6.reverse_pointer, v6 + 1, format(v6, '#_x')[:20])
print(ip.IPv6Address(1), ip.IPv6Address(b'\x00' * 15 + b'\x02'), ip.ip_address(2**32), ip.v6_int_to_packed(1)[-2:], ip.v4_int_to_packed(1))
n6 = ip.ip_network('2001:db8::/126')
print(repr(n6), n6.exploded, n6.num_addresses, list(n6.hosts()), n6.broadcast_address, n6.netmask, n6.hostmask, list(n6.subnets())[1])
print(ip.ip_interface('2001:db8::1/64'), ip.ip_interface('2001:db8::1/64').network, ip.ip_network('::1/128').is_loopback)
print(ip.ip_address('1.2.3.4') == ip.ip_address('::1.2.3.4'), ip.ip_address('1.2.3.4') != ip.ip_address('::1'))
