"""A helper module (not a test program: its name starts with mod_)."""
print('mod_simple executing, __name__ =', __name__)
VALUE = 42
def greet(name):
    return f'hello {name}'
_private = 'hidden from star import'
if __name__ == '__main__':
    print('never printed when imported')
