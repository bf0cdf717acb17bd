// Exceptions: the BaseException class and CPython 3.11's builtin exception
// hierarchy (Objects/exceptions.c).  Methods and the details of each class
// (str() of KeyError, OSError's errno/strerror, SyntaxError's fields, ...)
// are in exceptions_methods.ts.
//
// A Python exception is raised in krait by throwing the exception object
// itself (`throw exc`): a PyBaseException is the only thing krait code
// throws on purpose.  Anything else that reaches the VM (a JS TypeError or
// RangeError) is krait's own failure and is converted to SystemError or
// RecursionError there, never shown raw.

import { Attrs, PyObject, PyType, TF_BASETYPE, TF_EXCEPTION, TF_HAS_DICT, makeBuiltinType, type PyValue, None } from './object.js';
import { PyTuple, newTuple } from './tuple.js';

export class PyBaseException extends PyObject {
  args: PyTuple;
  /** A PyTraceback or None. */
  traceback: PyValue;
  cause: PyValue;
  context: PyValue;
  suppressContext: boolean;
  constructor(cls: PyType, args: PyValue[]) {
    super(cls);
    this.attrs = new Attrs();
    this.args = newTuple(args);
    this.traceback = None;
    this.cause = None;
    this.context = None;
    this.suppressContext = false;
  }
}

function exc(name: string, base: PyType | null): PyType {
  const t = base === null
    ? makeBuiltinType(name, undefined, TF_BASETYPE | TF_HAS_DICT)
    : makeBuiltinType(name, base, TF_BASETYPE | TF_HAS_DICT, false);
  t.flags |= TF_EXCEPTION;
  return t;
}

export const BaseExceptionType = exc('BaseException', null);
BaseExceptionType.solidBase = BaseExceptionType;
export const BaseExceptionGroupType = exc('BaseExceptionGroup', BaseExceptionType);
export const GeneratorExitType = exc('GeneratorExit', BaseExceptionType);
export const KeyboardInterruptType = exc('KeyboardInterrupt', BaseExceptionType);
export const SystemExitType = exc('SystemExit', BaseExceptionType);
export const ExceptionType = exc('Exception', BaseExceptionType);
export const ArithmeticErrorType = exc('ArithmeticError', ExceptionType);
export const FloatingPointErrorType = exc('FloatingPointError', ArithmeticErrorType);
export const OverflowErrorType = exc('OverflowError', ArithmeticErrorType);
export const ZeroDivisionErrorType = exc('ZeroDivisionError', ArithmeticErrorType);
export const AssertionErrorType = exc('AssertionError', ExceptionType);
export const AttributeErrorType = exc('AttributeError', ExceptionType);
export const BufferErrorType = exc('BufferError', ExceptionType);
export const EOFErrorType = exc('EOFError', ExceptionType);
export const ExceptionGroupType = exc('ExceptionGroup', BaseExceptionGroupType);
// ExceptionGroup derives from both BaseExceptionGroup and Exception.
ExceptionGroupType.bases = [BaseExceptionGroupType, ExceptionType];
ExceptionGroupType.mro = [ExceptionGroupType, BaseExceptionGroupType, ExceptionType, BaseExceptionType, ...BaseExceptionType.mro.slice(1)];
ExceptionType.subclasses.push(ExceptionGroupType);
export const ImportErrorType = exc('ImportError', ExceptionType);
export const ModuleNotFoundErrorType = exc('ModuleNotFoundError', ImportErrorType);
export const LookupErrorType = exc('LookupError', ExceptionType);
export const IndexErrorType = exc('IndexError', LookupErrorType);
export const KeyErrorType = exc('KeyError', LookupErrorType);
export const MemoryErrorType = exc('MemoryError', ExceptionType);
export const NameErrorType = exc('NameError', ExceptionType);
export const UnboundLocalErrorType = exc('UnboundLocalError', NameErrorType);
export const OSErrorType = exc('OSError', ExceptionType);
export const BlockingIOErrorType = exc('BlockingIOError', OSErrorType);
export const ChildProcessErrorType = exc('ChildProcessError', OSErrorType);
export const ConnectionErrorType = exc('ConnectionError', OSErrorType);
export const BrokenPipeErrorType = exc('BrokenPipeError', ConnectionErrorType);
export const ConnectionAbortedErrorType = exc('ConnectionAbortedError', ConnectionErrorType);
export const ConnectionRefusedErrorType = exc('ConnectionRefusedError', ConnectionErrorType);
export const ConnectionResetErrorType = exc('ConnectionResetError', ConnectionErrorType);
export const FileExistsErrorType = exc('FileExistsError', OSErrorType);
export const FileNotFoundErrorType = exc('FileNotFoundError', OSErrorType);
export const InterruptedErrorType = exc('InterruptedError', OSErrorType);
export const IsADirectoryErrorType = exc('IsADirectoryError', OSErrorType);
export const NotADirectoryErrorType = exc('NotADirectoryError', OSErrorType);
export const PermissionErrorType = exc('PermissionError', OSErrorType);
export const ProcessLookupErrorType = exc('ProcessLookupError', OSErrorType);
export const TimeoutErrorType = exc('TimeoutError', OSErrorType);
export const ReferenceErrorType = exc('ReferenceError', ExceptionType);
export const RuntimeErrorType = exc('RuntimeError', ExceptionType);
export const NotImplementedErrorType = exc('NotImplementedError', RuntimeErrorType);
export const RecursionErrorType = exc('RecursionError', RuntimeErrorType);
export const StopAsyncIterationType = exc('StopAsyncIteration', ExceptionType);
export const StopIterationType = exc('StopIteration', ExceptionType);
export const SyntaxErrorType = exc('SyntaxError', ExceptionType);
export const IndentationErrorType = exc('IndentationError', SyntaxErrorType);
export const TabErrorType = exc('TabError', IndentationErrorType);
export const SystemErrorType = exc('SystemError', ExceptionType);
export const TypeErrorType = exc('TypeError', ExceptionType);
export const ValueErrorType = exc('ValueError', ExceptionType);
export const UnicodeErrorType = exc('UnicodeError', ValueErrorType);
export const UnicodeDecodeErrorType = exc('UnicodeDecodeError', UnicodeErrorType);
export const UnicodeEncodeErrorType = exc('UnicodeEncodeError', UnicodeErrorType);
export const UnicodeTranslateErrorType = exc('UnicodeTranslateError', UnicodeErrorType);
export const WarningType = exc('Warning', ExceptionType);
export const BytesWarningType = exc('BytesWarning', WarningType);
export const DeprecationWarningType = exc('DeprecationWarning', WarningType);
export const EncodingWarningType = exc('EncodingWarning', WarningType);
export const FutureWarningType = exc('FutureWarning', WarningType);
export const ImportWarningType = exc('ImportWarning', WarningType);
export const PendingDeprecationWarningType = exc('PendingDeprecationWarning', WarningType);
export const ResourceWarningType = exc('ResourceWarning', WarningType);
export const RuntimeWarningType = exc('RuntimeWarning', WarningType);
export const SyntaxWarningType = exc('SyntaxWarning', WarningType);
export const UnicodeWarningType = exc('UnicodeWarning', WarningType);
export const UserWarningType = exc('UserWarning', WarningType);

/** Every builtin exception type, for the builtins module (name -> type). */
export const BUILTIN_EXCEPTIONS: PyType[] = [
  BaseExceptionType, BaseExceptionGroupType, GeneratorExitType, KeyboardInterruptType, SystemExitType,
  ExceptionType, ArithmeticErrorType, FloatingPointErrorType, OverflowErrorType, ZeroDivisionErrorType,
  AssertionErrorType, AttributeErrorType, BufferErrorType, EOFErrorType, ExceptionGroupType, ImportErrorType,
  ModuleNotFoundErrorType, LookupErrorType, IndexErrorType, KeyErrorType, MemoryErrorType, NameErrorType,
  UnboundLocalErrorType, OSErrorType, BlockingIOErrorType, ChildProcessErrorType, ConnectionErrorType,
  BrokenPipeErrorType, ConnectionAbortedErrorType, ConnectionRefusedErrorType, ConnectionResetErrorType,
  FileExistsErrorType, FileNotFoundErrorType, InterruptedErrorType, IsADirectoryErrorType,
  NotADirectoryErrorType, PermissionErrorType, ProcessLookupErrorType, TimeoutErrorType, ReferenceErrorType,
  RuntimeErrorType, NotImplementedErrorType, RecursionErrorType, StopAsyncIterationType, StopIterationType,
  SyntaxErrorType, IndentationErrorType, TabErrorType, SystemErrorType, TypeErrorType, ValueErrorType,
  UnicodeErrorType, UnicodeDecodeErrorType, UnicodeEncodeErrorType, UnicodeTranslateErrorType, WarningType,
  BytesWarningType, DeprecationWarningType, EncodingWarningType, FutureWarningType, ImportWarningType,
  PendingDeprecationWarningType, ResourceWarningType, RuntimeWarningType, SyntaxWarningType,
  UnicodeWarningType, UserWarningType,
];

/** Make an exception of a builtin type with a message (the common `raise X("msg")`). */
export function newException(type: PyType, ...args: PyValue[]): PyBaseException {
  return new PyBaseException(type, args);
}

// Shorthands used all over the runtime: `throw typeError('...')`.
export const typeError = (msg: string) => new PyBaseException(TypeErrorType, [msg]);
export const valueError = (msg: string) => new PyBaseException(ValueErrorType, [msg]);
export const indexError = (msg: string) => new PyBaseException(IndexErrorType, [msg]);
export const keyError = (key: PyValue) => new PyBaseException(KeyErrorType, [key]);
export const attributeError = (msg: string) => new PyBaseException(AttributeErrorType, [msg]);
export const nameError = (msg: string) => new PyBaseException(NameErrorType, [msg]);
export const zeroDivisionError = (msg: string) => new PyBaseException(ZeroDivisionErrorType, [msg]);
export const overflowError = (msg: string) => new PyBaseException(OverflowErrorType, [msg]);
export const runtimeError = (msg: string) => new PyBaseException(RuntimeErrorType, [msg]);
export const recursionError = (msg: string) => new PyBaseException(RecursionErrorType, [msg]);
export const notImplementedError = (msg: string) => new PyBaseException(NotImplementedErrorType, [msg]);
export const stopIteration = (value?: PyValue) =>
  new PyBaseException(StopIterationType, value === undefined ? [] : [value]);
export const systemError = (msg: string) => new PyBaseException(SystemErrorType, [msg]);
export const memoryError = () => new PyBaseException(MemoryErrorType, []);
