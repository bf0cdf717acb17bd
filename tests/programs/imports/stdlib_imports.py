import math, json, collections, itertools, functools, string, re
print(math.sqrt(16), json.dumps({'a': [1, None]}), collections.Counter('aab')['a'], list(itertools.chain('ab', 'c')))
print(string.ascii_lowercase[:5], re.findall(r'\d+', 'a1b22c333'), json.loads('[1, 2.5, "x", true, null]'))
