def coro():
    log = []
    while True:
        try:
            v = yield log
            log.append(('sent', v))
        except Exception as e:
            log.append(('thrown', type(e).__name__))
c = coro()
next(c)
c.send(1)
c.throw(ValueError)
c.send(2)
print(c.throw(KeyError('k')))
