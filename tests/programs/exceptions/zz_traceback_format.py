# Uncaught-exception report: chaining, notes, groups, markers, str() failing.
import sys
def show(exc):
    sys.excepthook(type(exc), exc, exc.__traceback__)
def level(n):
    if n == 0:
        d = {'k': [1, 2]}
        return d['k'][ 5 ]
    return level(n - 1)
try:
    level(6)
except IndexError as e:
    show(e)
class Bad(Exception):
    def __str__(self):
        raise RuntimeError('no')
show(Bad())
e = KeyError('k')
e.add_note('first note')
e.add_note('multi\nline')
show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError('wrapped') from z
except ValueError as v:
    show(v)
try:
    try:
        {}['a']
    except KeyError:
        x = None
        x.attr
except AttributeError as a:
    show(a)
try:
    raise ExceptionGroup('outer', [ValueError('one'), ExceptionGroup('inner', [TypeError('two'), KeyError('three')])])
except ExceptionGroup as g:
    show(g)
eg = ExceptionGroup('wide', [ValueError(i) for i in range(17)])
show(eg)
try:
    compile('x = (1,\n', 'src.py', 'exec')
except SyntaxError as s:
    show(s)
class Custom(Exception):
    pass
show(Custom('mod prefix'))
abcdef = 1
try:
    abcdeg
except NameError as n:
    show(n)
a = 1; b = 'x'
try:
    y = a   +   b
except TypeError as t:
    show(t)
def f():
    return [1][2:][0]
try:
    f()
except IndexError as i:
    show(i)
raise SystemExit('exiting with a message')
