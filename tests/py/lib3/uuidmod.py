# uuid: the UUID class, its fields and forms, uuid1/3/4/5, errors
import uuid
u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(repr(u), u, u.hex, u.int, u.urn, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.variant, u.version, int(u))
for kw in ({"hex": "12345678123456781234567812345678"}, {"hex": "urn:uuid:12345678-1234-5678-1234-567812345678"},
           {"bytes": b"\x12\x34\x56\x78" * 4}, {"bytes_le": b"\x78\x56\x34\x12\x34\x12\x78\x56\x12\x34\x56\x78\x12\x34\x56\x78"},
           {"fields": (0x12345678, 0x1234, 0x5678, 0x12, 0x34, 0x567812345678)}, {"int": 0x12345678123456781234567812345678},
           {"int": 0, "version": 4}, {"int": 2 ** 128 - 1, "version": 1}):
    x = uuid.UUID(**kw)
    print(x, x == u, x.version, x.variant)
print(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "x"),
      uuid.uuid5(uuid.NAMESPACE_OID, "1.2"), uuid.uuid5(uuid.NAMESPACE_X500, "cn=a"))
r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t = uuid.uuid1()
print(t.version, t.variant, t.node == uuid.getnode(), uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node, uuid.uuid1(clock_seq=5).clock_seq)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=3)]), uuid.UUID(int=3) < uuid.UUID(int=5), hash(u) == hash(uuid.UUID(str(u))), {u: 1}[uuid.UUID(u.hex)])
print(uuid.RFC_4122, uuid.RESERVED_NCS, uuid.UUID(int=0).variant, uuid.UUID(int=0).version, uuid.SafeUUID.safe.value, u.is_safe)
for bad in (lambda: uuid.UUID(), lambda: uuid.UUID("xyz"), lambda: uuid.UUID("g" * 32), lambda: uuid.UUID(bytes=b"x"),
            lambda: uuid.UUID(int=-1), lambda: uuid.UUID(int=1, version=6), lambda: uuid.UUID(fields=(1, 2)),
            lambda: uuid.UUID(fields=(2 ** 32, 0, 0, 0, 0, 0)), lambda: uuid.UUID(hex="1" * 32, int=1), lambda: setattr(u, "int", 1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
