# Big-int work (issue 4): factorials, powers with modulus, digits of pi (spigot).
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


f = 1
for i in range(2, 5000):
    f *= i
digits = pi_digits(1500)
print(f.bit_length(), (f >> 100) % 1000003, pow(3, 10 ** 5, 10 ** 40 + 7), "".join(map(str, digits[:20])), sum(digits))
