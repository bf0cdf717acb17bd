# Building strings in loops, ord/chr round trips, slicing assignment-free edits.
out = ''
for i in range(5):
    out += chr(ord('a') + i) * i
print(out)
print(''.join(chr(c) for c in range(0x3b1, 0x3c1)))
words = 'the quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(' '.join(w[::-1] for w in words), ' '.join(w.capitalize() for w in words))
print({w: words.count(w) for w in words}['the'], max(words, key=len), words.index('fox'))
print('-'.join(str(ord(c)) for c in 'A😀'), chr(128512), chr(0), repr(chr(0x85)))
for v in (-1, 0x110000, 2 ** 40):
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in ('', 'ab', b'ab'):
    try:
        ord(v)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b'a'), ord(bytearray(b'z')))
