# attribute storage on instances and classes via __dict__
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.__dict__, "kind" in p.__dict__, "kind" in P.__dict__)
p.__dict__["z"] = 3
print(p.z, vars(p))
