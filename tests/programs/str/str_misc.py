# Misc: multiplication, comparison, containment, iteration, constructor forms, str of containers.
print('ab' * 3, 'ab' * 0, 'ab' * -1, 'a' + 'b', 'abc' < 'abd', 'abc' < 'ab', 'b' > 'abc')
print('bc' in 'abcd', '' in 'abc', 'x' not in 'abc', list('héllo'), tuple('ab'))
print(str(), str(1.5), str([1, 'a']), str({'k': 'v'}), str(('x',)), str(None), repr("'\"\n"))
print(repr('a\\b'), repr('\x7f\x80\xa0\xad'), repr('\u200b\u3000\ufeff'), repr('tab\there'), ascii('é😀\n'))
try:
    'a' + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in 'abc'
except TypeError as e:
    print(type(e).__name__, e)
try:
    'a' < 1
except TypeError as e:
    print(type(e).__name__, e)
print(str.__name__, 'x'.__class__.__name__, len('') == 0, 'abc'.__len__(), 'abc'.__getitem__(1), 'a'.__add__('b'), 'a'.__mul__(2))
print(sorted('banana'), 'banana'.index('n'), min('zyx'), list(reversed('abc')), ''.join(sorted(set('mississippi'))))
s = 'x'
s2 = s * 1
print(s == s2, hash('a') == hash('a'))
print(str(b'x'), str(bytearray(b'y')), str(object) , str(type))
