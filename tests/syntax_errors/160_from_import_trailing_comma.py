from . import a,
