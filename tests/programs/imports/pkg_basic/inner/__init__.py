from .. import PKG_LEVEL as parent_level
from ..sub import helper as parent_helper
from . import leaf
