# assert with and without message; message evaluated lazily.
assert True
assert 1 == 1, 'never shown'
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], 'empty list: %d' % 0
except AssertionError as e:
    print(repr(e), e.args)
def msg():
    print('msg evaluated')
    return 'm'
assert 1, msg()
try:
    assert 0, msg()
except AssertionError as e:
    print(e)
try:
    assert False, ('tuple', 1)
except AssertionError as e:
    print(e.args)
