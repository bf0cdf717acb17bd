// Loads every builtin type's method tables: each file registers its
// methods on its type object when imported.  Order matters only where a
// file's top-level code uses another's registrations.

import '../objects/typeobject.js';
import '../objects/union.js';
import '../objects/str.js';
import '../objects/str_methods.js';
import '../objects/str_format.js';
import '../objects/bytes_methods.js';
import '../objects/bytearray_methods.js';
import '../objects/memoryview.js';
import '../objects/int.js';
import '../objects/bool.js';
import '../objects/float_methods.js';
import '../objects/complex_methods.js';
import '../objects/list_methods.js';
import '../objects/tuple_methods.js';
import '../objects/dict_methods.js';
import '../objects/set_methods.js';
import '../objects/range.js';
import '../objects/slice_methods.js';
import '../objects/iterators.js';
import '../objects/exceptions_methods.js';
import '../objects/function_methods.js';
import '../objects/module_methods.js';
import './generator.js';
