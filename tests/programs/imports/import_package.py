import pkg_basic
print(pkg_basic.PKG_LEVEL, pkg_basic.helper(), pkg_basic.sub.__name__)
import pkg_basic.inner
print(pkg_basic.inner.parent_level, pkg_basic.inner.parent_helper(), pkg_basic.inner.leaf.LEAF)
from pkg_basic.inner.leaf import LEAF
print(LEAF)
print(sorted(k for k in __import__('sys').modules if k.startswith('pkg_basic')))
