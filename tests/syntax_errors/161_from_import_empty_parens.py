from . import ()
