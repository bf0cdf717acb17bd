for name in ['no_such_module', 'pkg_basic.no_such_sub', 'mod_simple.not_a_package']:
    try:
        __import__(name)
    except ModuleNotFoundError as e:
        print(type(e).__name__, e, e.name)
try:
    import no_such_module_2
except ImportError as e:
    print(isinstance(e, ModuleNotFoundError), e)
try:
    from pkg_basic import nothing_here
except ImportError as e:
    print(type(e).__name__, e)
try:
    import pkg_relative_error.bad
except ImportError as e:
    print(type(e).__name__, e)
