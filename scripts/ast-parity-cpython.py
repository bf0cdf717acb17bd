"""CPython's half of scripts/ast-parity.mjs.

Walks the stdlib (skipping site-packages), and for each .py file writes one
JSON line to OUT: {"path": REL, "sha1": ...} where the hash is of exactly what
`python3 -m ast -a FILE` prints minus its final newline, i.e.
ast.dump(ast.parse(data, path, type_comments=True), include_attributes=True,
indent=3); or {"path": REL, "error": {...}} for a file CPython refuses.

usage: python3 ast-parity-cpython.py STDLIB_ROOT OUT
"""
import ast
import hashlib
import json
import os
import sys


def corpus(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = sorted(x for x in dirs if x != 'site-packages')
        for f in sorted(files):
            if f.endswith('.py'):
                yield os.path.join(d, f)


def main():
    root, out_path = sys.argv[1], sys.argv[2]
    sys.setrecursionlimit(10000)
    with open(out_path, 'w', encoding='utf-8') as out:
        for path in corpus(root):
            rel = os.path.relpath(path, root)
            with open(path, 'rb') as f:
                data = f.read()
            rec = {'path': rel}
            try:
                tree = ast.parse(data, path, type_comments=True)
                text = ast.dump(tree, include_attributes=True, indent=3)
                rec['sha1'] = hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()
            except SyntaxError as e:
                rec['error'] = {'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno, 'offset': e.offset,
                                'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
            except Exception as e:  # ValueError, UnicodeDecodeError, RecursionError...
                rec['error'] = {'type': type(e).__name__, 'msg': str(e)}
            out.write(json.dumps(rec) + '\n')


if __name__ == '__main__':
    main()
