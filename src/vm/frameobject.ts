// Python-level frame objects (Objects/frameobject.c) and the attributes of
// traceback objects (Python/traceback.c tb_getsetters).  A frame object is
// a light wrapper over a VM Frame, created on demand (sys._getframe,
// tb.tb_frame, gen.gi_frame) and cached on the Frame so identity holds.

import * as A from '../objects/abstract.js';
import { PyObject, makeBuiltinType, None, typeOf, type PyValue } from '../objects/object.js';
import { defineMethods, defineGetSets } from '../objects/methods.js';
import { typeError, valueError } from '../objects/exceptions.js';
import type { Frame } from './frame.js';
import { PyTraceback, TracebackType } from './traceback.js';
import { setFrameObjectHook } from './generator.js';
import { localsOf } from '../modules/builtins_eval.js';

export const FrameType = makeBuiltinType('frame', undefined, 0);

export class PyFrameObject extends PyObject {
  trace: PyValue = None;
  constructor(readonly frame: Frame) {
    super(FrameType);
  }
}

/** The frame object of a VM frame (one per frame). */
export function frameObject(f: Frame): PyFrameObject {
  let o = f.pyframe;
  if (o === null) {
    o = new PyFrameObject(f);
    f.pyframe = o;
  }
  return o as PyFrameObject;
}

setFrameObjectHook(frameObject);

function addr(o: object): string {
  return '0x' + (A.identityHash(o) * 8 + 0x7f0000000000).toString(16);
}

defineGetSets(FrameType, {
  'f_code': [(self: PyFrameObject) => self.frame.code, null],
  'f_lineno': [(self: PyFrameObject) => self.frame.lineno, null],
  'f_lasti': [(self: PyFrameObject) => self.frame.lasti * 2, null],
  'f_globals': [(self: PyFrameObject) => self.frame.globals, null],
  'f_builtins': [(self: PyFrameObject) => self.frame.builtins, null],
  'f_locals': [(self: PyFrameObject) => localsOf(self.frame), null],
  'f_back': [(self: PyFrameObject) => (self.frame.back === null ? None : frameObject(self.frame.back)), null],
  'f_trace': [(self: PyFrameObject) => self.trace, (self: PyFrameObject, v) => { self.trace = v ?? None; }],
  'f_trace_lines': [() => true, () => {}],
  'f_trace_opcodes': [() => false, () => {}],
});
defineMethods(FrameType, {
  '__repr__($self, /)': (self: PyFrameObject) => {
    const c = self.frame.code;
    return `<frame at ${addr(self)}, file ${A.repr(c.filename)}, line ${self.frame.lineno}, code ${c.name}>`;
  },
  'clear($self, /)': () => None,
});

defineGetSets(TracebackType, {
  'tb_frame': [(self: PyTraceback) => frameObject(self.frame), null],
  'tb_lineno': [(self: PyTraceback) => self.lineno, null],
  'tb_lasti': [(self: PyTraceback) => self.lasti * 2, null],
  'tb_next': [(self: PyTraceback) => self.next, (self: PyTraceback, v) => {
    if (v === undefined) throw typeError("can't delete tb_next attribute");
    if (v !== None && !(v instanceof PyTraceback)) throw typeError(`expected traceback object or None, got '${typeOf(v).name}'`);
    for (let t: PyValue = v; t instanceof PyTraceback; t = t.next) if (t === self) throw valueError('traceback loop detected');
    (self as unknown as { next: PyValue }).next = v;
  }],
});
