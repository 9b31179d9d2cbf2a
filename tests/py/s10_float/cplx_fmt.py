# format(complex, spec): types e E f F g G n and none, width, alignment,
# signs, grouping, the alternate form, and the errors.
def show(z, spec):
    try:
        print(repr(spec), '->', repr(format(z, spec)))
    except Exception as e:
        print(repr(spec), '->', type(e).__name__, e)

for z in [1+2j, 2j, -0j, complex(-0.0, 0), 1.5-2.25j, 1234567.125+2j,
          complex(float('nan'), float('inf')), complex(1e300, -1e-300), 3j]:
    print(repr(z))
    for spec in ['', 'g', '.2f', '>20', '<20', '^21', '*^21', '10.3', '+', ' ', '-',
                 '+.1e', ',.2f', ',', '_', 'E', 'F', 'G', 'n', '.0f', '#.0f', '#g',
                 '.3', '.3g', '20.5e', 'z.1f', '010', '=10', '0>10', 'd', '%', 'x', 'c', 's',
                 '.2%']:
        show(z, spec)
print(f'{1+2j:^12}|{3j!r}|{-1.5j:.1f}')
print('{:>15}|{:e}'.format(1-1j, 2j))
