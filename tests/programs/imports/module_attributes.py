import mod_simple
import pkg_basic
print(mod_simple.__name__, mod_simple.__package__, repr(mod_simple.__doc__), mod_simple.__spec__.name)
print(pkg_basic.__package__, pkg_basic.__spec__.submodule_search_locations is not None, hasattr(mod_simple, '__path__'))
print(__name__, __package__, __spec__, __doc__)
print(mod_simple.__file__.endswith('mod_simple.py'), __file__.endswith('module_attributes.py'))
