LEAF = 'leaf in ' + __name__
