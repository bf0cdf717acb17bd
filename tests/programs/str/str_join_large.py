parts = [str(i) for i in range(1000)]
s = ','.join(parts)
print(len(s), s[:20], s[-20:], s.count(','), s.split(',')[500], hash(s) == hash(','.join(parts)))
