# Method calls and attribute access on instances, with inheritance and properties.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    def __init__(self, n):
        self.pos = Vec(n, -n)
        self.vel = Vec(1, 2)
        self.steps = 0

    def step(self):
        self.pos = self.pos.add(self.vel)
        self.steps += 1

    @property
    def energy(self):
        return self.vel.dot(self.vel)


class Heavy(Particle):
    def step(self):
        super().step()
        self.vel.x = -self.vel.x


ps = [Particle(i) if i % 3 else Heavy(i) for i in range(100)]
total = 0
for _ in range(6000):
    for p in ps:
        p.step()
        total += p.energy
print(total, sum(p.pos.x + p.pos.y for p in ps), ps[0].steps)
