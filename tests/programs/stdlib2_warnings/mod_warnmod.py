import warnings
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
def mine():
    warnings.warn("from module", UserWarning)
