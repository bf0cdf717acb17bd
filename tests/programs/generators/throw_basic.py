def g():
    try:
        yield 1
    except ValueError as e:
        print('caught inside', e)
        yield 'recovered'
    yield 'end'
gen = g()
print(next(gen), gen.throw(ValueError('boom')), next(gen))
gen2 = g()
next(gen2)
try:
    gen2.throw(KeyError('not handled'))
except KeyError as e:
    print('propagated', repr(e))
print(list(gen2))
gen3 = g()
try:
    gen3.throw(ValueError('before start'))
except ValueError as e:
    print('unstarted generator raises at once', e)
