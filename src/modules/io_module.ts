// The `_io` module: the parts of the I/O stack written in TypeScript (the
// standard streams' types and open(), from io.ts), for lib/io.py to re-export
// next to its own StringIO and BytesIO (Modules/_io/_iomodule.c).

import type { Interpreter } from '../vm/interp.js';
import type { PyModule } from '../objects/module.js';
import { UnsupportedOperationType, TextIOWrapperType, BufferedWriterType, BufferedReaderType } from './io.js';

export function initIoModule(interp: Interpreter, m: PyModule): void {
  const d = m.dict;
  d.setStr('UnsupportedOperation', UnsupportedOperationType);
  d.setStr('TextIOWrapper', TextIOWrapperType);
  d.setStr('BufferedWriter', BufferedWriterType);
  d.setStr('BufferedReader', BufferedReaderType);
  const open = interp.builtins.getStr('open');
  if (open !== undefined) d.setStr('open', open);
  d.setStr('DEFAULT_BUFFER_SIZE', 8192);
}
