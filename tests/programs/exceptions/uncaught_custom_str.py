class Boom(Exception):
    def __str__(self):
        return 'custom message\nsecond line'
raise Boom()
