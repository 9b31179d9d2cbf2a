# issue 11: a float on either side of << >> & | ^ overflowed the native stack
for e in ['1.5 << 2', '2 >> 1.0', '1.5 & 1', '2 ** 100 | 1.5', 'True ^ 0.5']:
    try:
        eval(e)
    except TypeError as x:
        print(x)
