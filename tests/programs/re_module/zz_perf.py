# A regex-heavy loop: must not be pathological (compiled-pattern cache, scan in one call).
import re
words = re.compile(r'[A-Za-z]+')
text = 'The quick brown fox jumps over the lazy dog; ' * 200
total = 0
for i in range(200):
    total += len(words.findall(text))
    total += len(re.split(r'\s+', text))
    total += len(re.sub(r'o', '0', text))
    if re.match(r'\w+', text):
        total += 1
print(total)
log = '\n'.join('2024-01-%02d ERROR code=%d msg=x%d' % (i % 28 + 1, i, i) for i in range(3000))
pat = re.compile(r'^(\d{4})-(\d\d)-(\d\d) (\w+) code=(?P<code>\d+)', re.M)
print(sum(int(m['code']) for m in pat.finditer(log)), len(re.findall('x*', log)))
print(re.sub(r'(\w+)=(\w+)', r'\2=\1', log)[:60])
