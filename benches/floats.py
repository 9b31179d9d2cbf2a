# Float work (issue 4): a Mandelbrot set count and an n-body style update loop.
def mandel(w, h, iters):
    inside = 0
    for py in range(h):
        ci = py * 2.0 / h - 1.0
        for px in range(w):
            cr = px * 3.0 / w - 2.0
            zr = zi = 0.0
            for _ in range(iters):
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                if zr * zr + zi * zi > 4.0:
                    break
            else:
                inside += 1
    return inside


def nbody(steps):
    pos = [[float(i), float(i * 2), 0.5 * i] for i in range(5)]
    vel = [[0.01 * i, 0.0, -0.01 * i] for i in range(5)]
    for _ in range(steps):
        for i in range(5):
            for j in range(i + 1, 5):
                dx = [pos[i][k] - pos[j][k] for k in range(3)]
                d2 = dx[0] * dx[0] + dx[1] * dx[1] + dx[2] * dx[2] + 0.01
                mag = 0.001 / (d2 * d2 ** 0.5)
                for k in range(3):
                    vel[i][k] -= dx[k] * mag
                    vel[j][k] += dx[k] * mag
        for i in range(5):
            for k in range(3):
                pos[i][k] += vel[i][k]
    return round(sum(sum(p) for p in pos), 6)


print(mandel(80, 40, 60), nbody(3000))
