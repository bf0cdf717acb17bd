// complex: construction, methods and dunders (Objects/complexobject.c).  The
// class is in complex.ts.  Arithmetic follows CPython's _Py_c_* helpers
// step by step (the order of the float operations decides the last bits
// and the signs of zeros), ints and floats taking part as complex(x, 0.0).

import { Attrs, None, NotImplemented, PyObject, PyType, StrType, TF_HAS_DICT, typeOf, type PyValue } from './object.js';
import { PyFloat, FloatType, newFloat } from './float.js';
import { PyComplex, ComplexType } from './complex.js';
import { newTuple } from './tuple.js';
import { typeError, valueError, overflowError, zeroDivisionError } from './exceptions.js';
import { defineMethods, defineGetSets, PyBuiltinFunction } from './methods.js';
import * as A from './abstract.js';
import * as N from './number.js';
import { complexRepr } from './repr.js';
import { formatComplex } from './number_format.js';
import { intOf, toAsciiNumeric, isAsciiSpace } from './int.js';
import { toFloat, parseFloatLiteral } from './float_methods.js';

// ---- the _Py_c_* arithmetic --------------------------------------------------------------

function cval(self: PyValue): PyComplex {
  return self as PyComplex;
}

/** An operand as [real, imag]: complex, float or int (as complex(x, 0.0)); undefined otherwise. */
function operand(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.real, v.imag];
  if (v instanceof PyFloat) return [v.value, 0.0];
  if (typeof v === 'number') return [v, 0.0]; // an int or a raw float
  const i = intOf(v);
  return i === undefined ? undefined : [N.intToFloat(i), 0.0];
}

function mk(re: number, im: number): PyComplex {
  return new PyComplex(re, im);
}

/** _Py_c_quot: Smith's algorithm; throws on a zero divisor. */
export function cQuot(ar: number, ai: number, br: number, bi: number): [number, number] {
  const absBr = br < 0 ? -br : br;
  const absBi = bi < 0 ? -bi : bi;
  if (absBr >= absBi) {
    if (absBr === 0.0) throw zeroDivisionError('complex division by zero');
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  if (absBi >= absBr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
  }
  return [NaN, NaN];
}

function cProd(ar: number, ai: number, br: number, bi: number): [number, number] {
  return [ar * br - ai * bi, ar * bi + ai * br];
}

/** c_powu: x ** n for n >= 1 by repeated squaring. */
function cPowu(xr: number, xi: number, n: number): [number, number] {
  let r: [number, number] = [1.0, 0.0];
  let p: [number, number] = [xr, xi];
  let mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = cProd(r[0], r[1], p[0], p[1]);
    mask <<= 1;
    p = cProd(p[0], p[1], p[0], p[1]);
  }
  return r;
}

/** _Py_c_pow; `edom` is set for 0 ** negative-or-complex. */
function cPow(ar: number, ai: number, br: number, bi: number): [number, number, boolean] {
  if (br === 0 && bi === 0) return [1.0, 0.0, false];
  if (ar === 0 && ai === 0) return [0.0, 0.0, bi !== 0 || br < 0];
  const vabs = N.hypot(ar, ai);
  let len = vabs === 1 || br === 0 ? 1 : vabs === 0 || !Number.isFinite(vabs) || !Number.isFinite(br) ? Math.pow(vabs, br) : N.powPositive(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  // cos/sin of an infinite phase set EDOM, reported as ZeroDivisionError by complex_pow.
  if (phase === Infinity || phase === -Infinity) return [NaN, NaN, true];
  return [len * Math.cos(phase), len * Math.sin(phase), false];
}

/** complex_pow (no modulus). */
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplex {
  let re: number, im: number;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    const n = br;
    if (n > 0) [re, im] = cPowu(ar, ai, n);
    else if (n === 0) [re, im] = [1.0, 0.0];
    else {
      const [pr, pi] = cPowu(ar, ai, -n);
      if (pr === 0 && pi === 0) throw zeroDivisionError('0.0 to a negative or complex power');
      [re, im] = cQuot(1.0, 0.0, pr, pi);
    }
  } else {
    let edom: boolean;
    [re, im, edom] = cPow(ar, ai, br, bi);
    if (edom) throw zeroDivisionError('0.0 to a negative or complex power');
  }
  // Py_ADJUST_ERANGE2: any infinite component counts as overflow.
  if (re === Infinity || re === -Infinity || im === Infinity || im === -Infinity) {
    throw overflowError('complex exponentiation');
  }
  return mk(re, im);
}

// A negative float to a fractional power (float_pow defers to complex_pow).
N.setComplexPow((x, y) => complexPow(x, 0.0, y, 0.0));

/** abs(complex) (complex_abs). */
export function complexAbs(re: number, im: number): number {
  const r = N.hypot(re, im);
  if (r === Infinity && Number.isFinite(re) && Number.isFinite(im)) throw overflowError('absolute value too large');
  return r;
}

/** hash(complex): hash(real) + 1000003 * hash(imag), in 64-bit wraparound (exact Python int). */
export function complexHashExact(c: PyComplex): number | bigint {
  const hr = c.real !== c.real ? A.identityHash(c) : N.hashFloatExact(c.real);
  const hi = c.imag !== c.imag ? A.identityHash(c) : N.hashFloatExact(c.imag);
  if (hi === 0) return hr;
  const h = BigInt.asIntN(64, BigInt(hr) + 1000003n * BigInt(hi));
  return h === -1n ? -2 : N.normInt(h);
}

// ---- complex(str) (complex_from_string_inner) -----------------------------------------------

const F = '(?:(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|inf|infinity|nan)';
const REAL_ONLY = new RegExp(`^([+-]?${F})$`, 'i');
const IMAG_ONLY = new RegExp(`^([+-]?)(${F})?j$`, 'i');
const BOTH = new RegExp(`^([+-]?${F})([+-])(${F})?j$`, 'i');

/** Parse complex(str); null when malformed. */
export function parseComplexLiteral(s0: string): [number, number] | null {
  const s = toAsciiNumeric(s0);
  let i = 0, j = s.length;
  while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
  while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  if (i < j && s[i] === '(') {
    if (s[j - 1] !== ')') return null;
    i++; j--;
    while (i < j && isAsciiSpace(s.charCodeAt(i))) i++;
    while (j > i && isAsciiSpace(s.charCodeAt(j - 1))) j--;
  }
  const t = s.slice(i, j);
  let m = REAL_ONLY.exec(t);
  if (m !== null) return [parseFloatLiteral(m[1])!, 0.0];
  m = IMAG_ONLY.exec(t);
  if (m !== null) {
    const mag = m[2] === undefined ? 1.0 : parseFloatLiteral(m[2])!;
    return [0.0, m[1] === '-' ? -mag : mag];
  }
  m = BOTH.exec(t);
  if (m !== null) {
    const mag = m[3] === undefined ? 1.0 : parseFloatLiteral(m[3])!;
    return [parseFloatLiteral(m[1])!, m[2] === '-' ? -mag : mag];
  }
  return null;
}

// ---- complex(real, imag) (complex_new_impl) ---------------------------------------------------

function isStr(v: PyValue): boolean {
  return typeof v === 'string' || (v instanceof PyObject && v.cls.isSubtype(StrType));
}

function newComplexOf(cls: PyType, re: number, im: number): PyComplex {
  const c = new PyComplex(re, im, cls);
  if (cls !== ComplexType && cls.flags & TF_HAS_DICT) c.attrs = new Attrs();
  return c;
}

/** x.__complex__() if the type defines it. */
function trySpecial(x: PyValue): PyComplex | undefined {
  if (x instanceof PyComplex && x.cls === ComplexType) return undefined;
  const f = typeOf(x).lookup('__complex__');
  if (f === undefined) return undefined;
  const r = A.callMethod(f, x, []);
  if (!(r instanceof PyComplex)) throw typeError(`__complex__ returned non-complex (type ${typeOf(r).name})`);
  return r;
}

function isNumberLike(v: PyValue): boolean {
  if (v instanceof PyComplex) return true;
  const t = typeOf(v);
  return t.lookup('__float__') !== undefined || t.lookup('__index__') !== undefined;
}

function complexNew(args: PyValue[], kwnames: string[] | null): PyValue {
  if (args.length < 1) throw typeError('complex.__new__(): not enough arguments');
  const cls = args[0];
  if (!(cls instanceof PyType)) throw typeError(`complex.__new__(X): X is not a type object (${typeOf(cls).name})`);
  if (!cls.isSubtype(ComplexType)) throw typeError(`complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const nkw = kwnames === null ? 0 : kwnames.length;
  const npos = args.length - 1 - nkw;
  if (npos > 2) throw typeError(`complex() takes at most 2 arguments (${npos + nkw} given)`);
  let r: PyValue | undefined = npos >= 1 ? args[1] : undefined;
  let i: PyValue | undefined = npos >= 2 ? args[2] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const v = args[1 + npos + k];
    if (name === 'real') {
      if (r !== undefined) throw typeError("argument for complex() given by name ('real') and position (1)");
      r = v;
    } else if (name === 'imag') {
      if (i !== undefined) throw typeError("argument for complex() given by name ('imag') and position (2)");
      i = v;
    } else {
      throw typeError(`'${name}' is an invalid keyword argument for complex()`);
    }
  }
  if (r === undefined) r = 0;
  if (isStr(r)) {
    if (i !== undefined) throw typeError("complex() can't take second arg if first is a string");
    const p = parseComplexLiteral(A.strValue(r));
    if (p === null) throw valueError('complex() arg is a malformed string');
    return newComplexOf(cls, p[0], p[1]);
  }
  if (i !== undefined && isStr(i)) throw typeError("complex() second arg can't be a string");
  const special = trySpecial(r);
  let crr: number, cri: number;
  let crIsComplex = false;
  if (special !== undefined) {
    crr = special.real; cri = special.imag; crIsComplex = true;
  } else {
    if (!isNumberLike(r)) throw typeError(`complex() first argument must be a string or a number, not '${typeOf(r).name}'`);
    if (r instanceof PyComplex) {
      if (i === undefined && cls === ComplexType && r.cls === ComplexType) return r;
      crr = r.real; cri = r.imag; crIsComplex = true;
    } else {
      crr = toFloat(r); cri = 0.0;
    }
  }
  if (i !== undefined && !isNumberLike(i)) throw typeError(`complex() second argument must be a number, not '${typeOf(i).name}'`);
  let cir: number, cii = 0.0;
  let ciIsComplex = false;
  if (i === undefined) cir = cri;
  else if (i instanceof PyComplex) { cir = i.real; cii = i.imag; ciIsComplex = true; }
  else cir = toFloat(i);
  if (ciIsComplex) crr -= cii;
  if (crIsComplex && i !== undefined) cir += cri;
  return newComplexOf(cls, crr, cir);
}

// ---- dunders --------------------------------------------------------------------------------

type COp = (ar: number, ai: number, br: number, bi: number) => PyValue;

function binop(f: COp, reflected: boolean) {
  return (self: PyValue, other: PyValue): PyValue => {
    const o = operand(other);
    if (o === undefined) return NotImplemented;
    const s = cval(self);
    return reflected ? f(o[0], o[1], s.real, s.imag) : f(s.real, s.imag, o[0], o[1]);
  };
}

const cAdd: COp = (ar, ai, br, bi) => mk(ar + br, ai + bi);
const cSub: COp = (ar, ai, br, bi) => mk(ar - br, ai - bi);
const cMul: COp = (ar, ai, br, bi) => { const [r, i] = cProd(ar, ai, br, bi); return mk(r, i); };
const cDiv: COp = (ar, ai, br, bi) => { const [r, i] = cQuot(ar, ai, br, bi); return mk(r, i); };
const cPowOp: COp = (ar, ai, br, bi) => complexPow(ar, ai, br, bi);

function powMethod(reflected: boolean) {
  return (self: PyValue, other: PyValue, mod: PyValue | undefined): PyValue => {
    if (mod !== undefined && mod !== None) throw valueError('complex modulo');
    return binop(cPowOp, reflected)(self, other);
  };
}

function eqImpl(self: PyValue, other: PyValue): boolean | undefined {
  const s = cval(self);
  if (other instanceof PyComplex) return s.real === other.real && s.imag === other.imag;
  if (other instanceof PyFloat) return s.imag === 0 && s.real === other.value;
  if (typeof other === 'number') return s.imag === 0 && s.real === other; // an int or a raw float
  const i = intOf(other);
  if (i === undefined) return undefined;
  return s.imag === 0 && s.real == i; // eslint-disable-line eqeqeq
}

ComplexType.dict.set('__new__', new PyBuiltinFunction('__new__', complexNew, ComplexType, 'complex.__new__'));
ComplexType.doc = 'Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.';

const notImpl = () => NotImplemented;

defineMethods(ComplexType, {
  '__repr__($self, /)': (self: PyValue) => complexRepr(cval(self).real, cval(self).imag),
  '__hash__($self, /)': (self: PyValue) => complexHashExact(cval(self)),
  '__bool__($self, /)': (self: PyValue) => cval(self).real !== 0 || cval(self).imag !== 0,
  '__neg__($self, /)': (self: PyValue) => mk(-cval(self).real, -cval(self).imag),
  '__pos__($self, /)': (self: PyComplex) => (self.cls === ComplexType ? self : mk(self.real, self.imag)),
  '__abs__($self, /)': (self: PyValue) => newFloat(complexAbs(cval(self).real, cval(self).imag)),
  '__add__($self, value, /)': binop(cAdd, false),
  '__radd__($self, value, /)': binop(cAdd, true),
  '__sub__($self, value, /)': binop(cSub, false),
  '__rsub__($self, value, /)': binop(cSub, true),
  '__mul__($self, value, /)': binop(cMul, false),
  '__rmul__($self, value, /)': binop(cMul, true),
  '__truediv__($self, value, /)': binop(cDiv, false),
  '__rtruediv__($self, value, /)': binop(cDiv, true),
  '__pow__($self, value, mod=None, /)': powMethod(false),
  '__rpow__($self, value, mod=None, /)': powMethod(true),
  '__eq__($self, value, /)': (self: PyValue, other: PyValue) => {
    const r = eqImpl(self, other);
    return r === undefined ? NotImplemented : r;
  },
  '__ne__($self, value, /)': (self: PyValue, other: PyValue) => {
    const r = eqImpl(self, other);
    return r === undefined ? NotImplemented : !r;
  },
  '__lt__($self, value, /)': notImpl,
  '__le__($self, value, /)': notImpl,
  '__gt__($self, value, /)': notImpl,
  '__ge__($self, value, /)': notImpl,
  '__format__($self, format_spec, /)': (self: PyValue, spec: PyValue) => {
    if (!isStr(spec)) throw typeError(`__format__() argument must be str, not ${typeOf(spec).name}`);
    const s = A.strValue(spec);
    if (s === '') return A.str(self);
    return formatComplex(cval(self).real, cval(self).imag, s, typeOf(self).name);
  },
  '__complex__($self, /)': (self: PyComplex) => (self.cls === ComplexType ? self : mk(self.real, self.imag)),
  '__getnewargs__($self, /)': (self: PyValue) => newTuple([newFloat(cval(self).real), newFloat(cval(self).imag)]),
  '__sizeof__($self, /)': () => 32,
  'conjugate($self, /)': (self: PyValue) => mk(cval(self).real, -cval(self).imag),
});

defineGetSets(ComplexType, {
  real: [(self: PyComplex) => newFloat(self.real), null],
  imag: [(self: PyComplex) => newFloat(self.imag), null],
});

export { FloatType };
