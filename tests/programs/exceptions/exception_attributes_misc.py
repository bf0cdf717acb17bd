try:
    [].pop()
except IndexError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next)
e = ValueError('x')
print(e.__traceback__, e.with_traceback(None) is e)
try:
    import nonexistent_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    getattr(object(), 'nope')
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(e.name)
