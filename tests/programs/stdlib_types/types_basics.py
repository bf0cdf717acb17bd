import types
print(types.SimpleNamespace, types.FunctionType, types.MappingProxyType, types.GeneratorType, types.ModuleType, types.MethodType, types.CellType, types.FrameType, types.TracebackType, types.CodeType, types.BuiltinFunctionType)
ns = types.SimpleNamespace(a=1, b='x'); print(ns, ns.a)
m = types.ModuleType('fake', 'doc'); print(m, m.__doc__)
mp = types.MappingProxyType({'a': 1}); print(mp, mp['a'])
