# ipaddress: the parsing errors and their messages
import ipaddress as ip
def show(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
for s in ['', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.a', '1..3.4', '1.2.3.1234', '١.2.3.4',
          '1.2.3.4/24', -1, 2**128, b'\x01\x02', 'nonsense', ':', '1:2', '1:2:3:4:5:6:7:8:9', '1::2::3',
          ':1:2::3', '1:2::3:', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '1:2:3:4:5:6:7', '1::2:3:4:5:6:7:8',
          '12345::', 'g::', '::1.2.3.256', 'fe80::1%', '1:2:3:4:5:6:1.2.3.4:5']:
    show(ip.ip_address, s)
    for cls in (ip.IPv4Address, ip.IPv6Address):
        try:
            cls(s)
        except ip.AddressValueError as e:
            print('   ', cls.__name__, 'AddressValueError', e)
for s in ['10.0.0.1/24', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/x', '10.0.0.0/24/8', '10.0.0.0/-1',
          '::1/129', '::/ffff::', '2001:db8::1/64', 'junk/8', '10.0.0.0/ 8', '10.0.0.0/+8']:
    show(ip.ip_network, s)
show(ip.IPv4Network, ('10.0.0.0', 40))
show(ip.ip_interface, '10.0.0.1/40')
show(ip.ip_interface, 'x')
n = ip.ip_network('10.0.0.0/30')
show(lambda: n[4])
show(lambda: n[-5])
show(lambda: list(n.subnets(prefixlen_diff=3)))
show(lambda: list(n.subnets(new_prefix=8)))
show(lambda: list(n.subnets(2, 31)))
show(lambda: n.supernet(prefixlen_diff=31))
show(lambda: n.supernet(new_prefix=31))
show(lambda: ip.ip_address('1.2.3.4') < ip.ip_address('::1'))
show(lambda: ip.ip_network('1.2.3.0/24') < ip.ip_network('::/0'))
show(lambda: ip.ip_address('1.2.3.4') < ip.ip_network('1.2.3.0/24'))
show(lambda: n.subnet_of(ip.ip_network('::/0')))
show(lambda: n.subnet_of(ip.ip_address('1.1.1.1')))
show(lambda: n.compare_networks(ip.ip_network('::/0')))
show(lambda: ip.ip_address('1.2.3.4') + 'x')
show(lambda: ip.ip_address('255.255.255.255') + 1)
show(ip.v4_int_to_packed, 2**32)
show(ip.v6_int_to_packed, -1)
print(issubclass(ip.AddressValueError, ValueError), issubclass(ip.NetmaskValueError, ValueError))
