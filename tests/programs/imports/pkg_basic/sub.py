print('pkg_basic.sub executing, __package__ =', __package__)
def helper():
    return 'helper from ' + __name__
