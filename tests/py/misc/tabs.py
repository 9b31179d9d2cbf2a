# indentation with tabs, and tabs inside strings
def f(n):
	if n > 0:
		return "pos"
	else:
		for i in range(2):
			n += 1
		return n
print(f(1), f(-5))
print("a	b", repr("	"))
class K:
	def m(self):
		return "tab method"
print(K().m())
x = [1,
	2,
		3]
print(x)
