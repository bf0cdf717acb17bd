// Source decoding (src/parser/source.ts) against python3, the oracle.
//
// Each case is a byte string.  One python3 process compiles every case
// (compile(data, 'x.py', 'exec'): what ast.parse and `python3 -m ast` do) and
// runs the "file" cases as scripts (`python3 FILE`, whose file tokenizer
// reports encoding problems differently), recording what it raised; the
// expectations are never written by hand.  Skips when python3 is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const CASES = {
  plain: 's = "héllo"\n',
  bom: '\xef\xbb\xbfs = "h\xc3\xa9"\n',
  bom_cookie_utf8: '\xef\xbb\xbf# coding: utf-8\ns = "\xc3\xa9"\n',
  bom_cookie_utf8_alias: '\xef\xbb\xbf# coding: utf8\nx = 1\n',
  bom_cookie_latin1: '\xef\xbb\xbf# coding: latin-1\nx = 1\n',
  latin1: '# -*- coding: latin-1 -*-\ns = "\xf6"\n',
  latin1_variants: '# coding: Latin_1-foo\ns = "\xf6\x85"\n',
  iso_8859_1: '# vim: set fileencoding=iso-8859-1 :\ns = "\x80\xff"\n',
  latin_alias: '# coding: latin\ns = "\xe9"\n',
  cp1252: '# coding: cp1252\ns = "\x80\x99\xe9"\n',
  windows_1252: '# coding: windows-1252\ns = "\x80"\n',
  cp1252_undefined: '# coding: cp1252\nx = 1\ns = "\x81"\n',
  koi8_r: '# coding: koi8-r\ns = "\xf0\xd2\xc9\xd7\xc5\xd4"\n',
  iso8859_15: '# coding: iso8859-15\ns = "\xa4"\n',
  iso_8859_15_dashes: '# coding: ISO-8859-15\ns = "\xa4\xbd"\n',
  mac_roman: '# coding: mac-roman\ns = "\x80\xdb"\n',
  cp1250_undefined: '# coding: cp1250\ns = "\x83"\n',
  euc_jp: '# coding: euc-jp\ns = "\xa4\xa2"\n',
  shift_jis: '# coding: shift_jis\ns = "\x82\xa0"\n',
  ascii_ok: '# coding: ascii\ns = "abc"\n',
  ascii_bad: '# coding: ascii\n\n\ns = "\xf6"\n',
  ascii_bad_crlf: '# coding: ascii\r\n\r\ns = "\xf6"\r\n',
  utf8_alias_bad: '# coding: utf8\ns = "\xf6"\n',
  unknown: '# -*- coding: foobar -*-\nx = 1\n',
  unknown_line2: '#!/usr/bin/env python\n# coding: FooBar\nx = 1\n',
  unknown_line2_blank: '   \n# coding: foobar\n',
  unknown_line2_formfeed: '\x0c\n# coding: foobar\n',
  cookie_line3: '\n\n# coding: foobar\nx = 1\n',
  cookie_after_code: 'x = 1\n# coding: foobar\n',
  cookie_after_code_same_line: 'x = 1  # coding: foobar\n',
  cookie_uppercase: '# CODING: foobar\n',
  cookie_crlf: '# coding: foobar\r\nx = 1\r\n',
  cookie_cr: '#!x\r# coding: foobar\rx = 1\r',
  cookie_no_newline: '# coding: foobar',
  cookie_line2_no_newline: '#!x\n# coding: foobar',
  cookie_empty_then_real: '# coding: \n# coding=foobar\n',
  cookie_twice_on_line: '# coding: , coding: foobar\n',
  cookie_continuation: '\\\n# coding: foobar\n',
  cookie_non_ascii_name: '# coding: latin\xc3\xa9\ns = "\xe9"\n',
  cookie_utf8_variant: '# coding: UTF_8-unix\ns = "\xc3\xa9"\n',
  bad_utf8_string: 'x = "\xf6"\n',
  bad_utf8_line3: '# hi\n\nx = "abc\xf6def"\n',
  bad_utf8_truncated: 'x = "\xe4\xb8"\n',
  bad_utf8_comment: '# \xff\nx = 1\n',
  bad_utf8_comment_line2: 'x = 1\n# \xf6\n',
  bad_utf8_overlong: 'x = "\xc0\x80"\n',
  bad_utf8_surrogate: 'x = "\xed\xa0\x80"\n',
  bad_utf8_cookie_utf8: '# coding: utf-8\nx = "\xf6"\n',
  bad_utf8_cookie_utf8_comment: '# coding: utf-8\n# \xf6\n',
  bad_utf8_bom_comment: '\xef\xbb\xbfx = 1\n# \xf6\n',
  bad_utf8_line1_cookie_line2: '# \xf6\n# coding: latin-1\nx = 1\n',
  null: 'x = 1\ny = "\x00"\n',
  null_line1: '\x00x = 1\n',
  null_and_bad_utf8: 'x = "\xf6\x00"\n',
  null_then_bad_utf8: 'x = 1\n\x00\n# \xf6\n',
  null_crlf: 'x = 1\r\ny = "\x00"\r\n',
  null_cr: 'x = 1\ry = "\x00"\r',
  null_latin1: '# coding: latin-1\nx = "\xe9\x00"\n',
};

const PY = String.raw`
import json, sys, subprocess, os, ast
cases = json.load(sys.stdin)
tmp = sys.argv[1]
hook = os.path.join(tmp, 'hook')
os.makedirs(hook, exist_ok=True)
with open(os.path.join(hook, 'sitecustomize.py'), 'w') as f:
    f.write('''
import sys, json
def hook(t, e, tb):
    if isinstance(e, SyntaxError):
        sys.stderr.write('ATTRS' + json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]) + '\\n')
sys.excepthook = hook
''')
def attrs(e):
    return [type(e).__name__, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset]
out = {}
for name, latin in cases.items():
    data = latin.encode('latin-1')
    r = {}
    try:
        tree = compile(data, 'x.py', 'exec', ast.PyCF_ONLY_AST)
        value = None
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
        r['compile'] = {'ok': True, 'value': value}
    except SyntaxError as e:
        r['compile'] = {'ok': False, 'attrs': attrs(e)}
    path = os.path.join(tmp, name + '.py')
    with open(path, 'wb') as f:
        f.write(data)
    p = subprocess.run([sys.executable, path], capture_output=True, env={'PYTHONPATH': hook})
    lines = [l for l in p.stderr.decode('utf-8', 'surrogateescape').splitlines() if l.startswith('ATTRS')]
    r['file'] = {'ok': True} if not lines else {'ok': False, 'attrs': json.loads(lines[0][5:]), 'path': path}
    out[name] = r
json.dump(out, sys.stdout)
`;

function havePython() {
  return spawnSync('python3', ['-c', 'pass']).status === 0;
}

async function loadSource() {
  const r = await build({
    entryPoints: [new URL('../../src/parser/source.ts', import.meta.url).pathname],
    bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent',
  });
  return import('data:text/javascript;base64,' + Buffer.from(r.outputFiles[0].text).toString('base64'));
}

const bytesOf = (latin) => Uint8Array.from(latin, (c) => c.charCodeAt(0));
const fields = (e) => [e.kind, e.msg, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset];

/** Compare, treating CPython's None as "no location" (krait uses 0 / -1 there). */
function assertAttrs(got, want, label) {
  const norm = (w, g) => (w === null ? g : w);
  assert.deepEqual(got, want.map((w, i) => (i >= 2 && w === null ? norm(w, got[i]) : w)), label);
}

const skip = havePython() ? false : 'python3 not found: source decoding is checked against it';

test('decodeSource / checkSourceFile match python3', { skip }, async () => {
  const src = await loadSource();
  const tmp = mkdtempSync(join(tmpdir(), 'krait-src-'));
  try {
    const p = spawnSync('python3', ['-c', PY, tmp], { input: JSON.stringify(CASES), maxBuffer: 1 << 26 });
    assert.equal(p.status, 0, p.stderr.toString());
    const expected = JSON.parse(p.stdout.toString());
    for (const [name, latin] of Object.entries(CASES)) {
      const data = bytesOf(latin);
      const want = expected[name];
      // compile(bytes): decodeSource either matches the error CPython raises
      // before parsing (lineno 0 or None), or returns text for the parser.
      let text = null, err = null;
      try { text = src.decodeSource(data, 'x.py'); } catch (e) { err = e; }
      const w = want.compile;
      if (w.ok || (w.attrs[2] ?? 0) > 0) {
        assert.equal(err, null, `${name}: decodeSource threw ${err?.msg}`);
        if (w.ok && w.value !== null) assert.ok(text.includes(w.value), `${name}: decoded text lacks ${JSON.stringify(w.value)}`);
        if (!w.ok && /unicode error/.test(w.attrs[1])) assert.ok(src.hasEscapedBytes(text), `${name}: no escaped bytes`);
      } else {
        assert.ok(err, `${name}: expected ${w.attrs[1]}`);
        assertAttrs(fields(err), w.attrs, name);
      }
      // python3 FILE: checkSourceFile raises what the file tokenizer raises
      // before parsing; parser-level errors are decodeSource's + the parser's.
      const f = want.file;
      let ferr = null;
      try { src.checkSourceFile(data, f.path ?? join(tmp, name + '.py')); } catch (e) { ferr = e; }
      if (f.ok || /unicode error/.test(f.attrs[1])) {
        assert.equal(ferr, null, `${name} (file): threw ${ferr?.msg}`);
      } else {
        assert.ok(ferr, `${name} (file): expected ${f.attrs[1]}`);
        assertAttrs(fields(ferr), f.attrs, `${name} (file)`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('escaped bytes round-trip and rebuild CPython UTF-8 messages', { skip }, async () => {
  const src = await loadSource();
  const bodies = ['\xf6', 'ab\xf0\x9f\x98cd', 'ab\xf0\x9f\x98', '\xe4\xb8', '\xe0\x80', '\xe0\xa0', '\xed\xa0', '\xed\xa0\x80',
    '\xc3\xa9\xc3\xa9\xf6', '\xf4\x90\x80\x80', '\xf0\x9f\x98\x80ok', '\xc2', '\x80', 'plain'];
  const py = spawnSync('python3', ['-c', `
import json, sys
out = []
for s in json.load(sys.stdin):
    b = s.encode('latin-1')
    try: b.decode('utf-8'); out.append(None)
    except UnicodeDecodeError as e: out.append(str(e))
print(json.dumps(out))`], { input: JSON.stringify(bodies) });
  const want = JSON.parse(py.stdout.toString());
  bodies.forEach((body, i) => {
    const bytes = bytesOf(body);
    const text = src.decodeSource(bytes, 'x.py');
    assert.deepEqual([...src.encodeEscaped(text)], [...bytes], `round trip ${JSON.stringify(body)}`);
    assert.equal(src.utf8DecodeErrorMessage(bytes), want[i], JSON.stringify(body));
  });
});

test('plain UTF-8 decodes without copying through the slow path', { skip: false }, async () => {
  const src = await loadSource();
  const text = 'x = "\u00e9\u4e2d\ud83d\ude00"\n';
  assert.equal(src.decodeSource(new TextEncoder().encode(text), 'x.py'), text);
  assert.equal(src.hasEscapedBytes(text), false);
});
