print('pkg_basic init, __name__ =', __name__, ', __package__ =', __package__)
from .sub import helper
PKG_LEVEL = 'top'
