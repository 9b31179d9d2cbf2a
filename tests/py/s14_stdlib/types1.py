# types: built-in type names, SimpleNamespace, MappingProxyType, GenericAlias (list[int]), new_class, MethodType
import types, sys
print(types.FunctionType, types.ModuleType, types.NoneType, types.GeneratorType)
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x"))
ns.c = 3; del ns.a; print(ns)
mp = types.MappingProxyType({'k': 1})
print(mp['k'], len(mp), list(mp), 'k' in mp, mp)
try:
    mp['z'] = 1
except TypeError as e: print(e)
print(list[int], dict[str, list[int]], tuple[int, ...])
print(list[int]([1,2]), list[int].__origin__, list[int].__args__)
C = types.new_class('C', (object,), {}, lambda ns: ns.update(x=5))
print(C.__name__, C.x)
print(isinstance(len, types.BuiltinFunctionType), isinstance(lambda: 0, types.LambdaType))
class A:
    def m(self): pass
print(type(A().m) is types.MethodType, types.MethodType(lambda self: 42, A())())
