import json
from collections import OrderedDict
print(json.dumps({'a': [1, 2.5, None, True, False], 'b': {'c': 'd\n"é☃𝄞'}, 3: 4, 1.5: 2, None: 0, False: 1}))
print(json.dumps([1, {'x': [], 'y': {}}, [2, [3]]], indent=2))
print(json.dumps({'b': 1, 'a': [1, 2]}, indent='\t', sort_keys=True))
print(json.dumps({'a': 1, 'b': 2}, separators=(',', ':')), json.dumps('é☃', ensure_ascii=False), json.dumps((1, 2)))
print(json.dumps([float('nan'), float('inf'), -float('inf'), 1e16, 0.1, -0.0, 1e-7, 10**20]))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError as e:
    print(e)
try:
    json.dumps({1j: 2})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
print(json.dumps({1j: 2, 'k': 1}, skipkeys=True), json.dumps({1, 2} , default=sorted))
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
print(json.loads('{"a": [1, 2.5, -3e2, null, true, false, "x\\u00e9\\ud834\\udd1e\\n"], "b": {}}'))
print(json.loads('  [NaN, Infinity, -Infinity, 0, -0, 1E5, 12345678901234567890] '))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=OrderedDict), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float), json.loads(b'[1]'), json.loads('"abc"'))
for bad in ['', '   ', '[1,]', '{"a" 1}', '{"a": 1,}', '{a: 1}', '[1 2]', '"abc', '"a\\x"', '[1]x', 'nul', '{"a":}', '"\\u12"', '"a\tb"', '[\n1,\n  ]', '-', '01', '{"a":1 "b":2}']:
    try:
        print(repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, e.pos, e.lineno, e.colno)
print(json.loads('"a\tb"', strict=False), json.JSONDecodeError.__mro__[1].__name__)
import io
buf = io.StringIO() if hasattr(io, 'StringIO') else None
if buf is not None:
    json.dump({'k': [1]}, buf); print(buf.getvalue(), json.load(io.StringIO('{"z": 1}')))
class E(json.JSONEncoder):
    def default(self, o):
        return {'set': sorted(o)}
print(json.dumps({'s': {3, 1}}, cls=E), E(indent=1).encode([1]))
