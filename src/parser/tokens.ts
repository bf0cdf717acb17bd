// Token kinds, defined once.  Operators and keywords each get their own kind
// so the parser dispatches on a small integer, never on a string.
//
// The operator set is CPython 3.11's Grammar/Tokens; the keyword set is its
// Grammar/python.gram keyword list (3.11 made async/await real keywords).

export const enum T {
  ENDMARKER = 0,
  NAME,
  NUMBER,
  STRING,
  NEWLINE,
  INDENT,
  DEDENT,
  TYPE_COMMENT,
  /** A character that is no token of Python (`$`, `?`, `!`, a backtick). */
  ERRORCHAR,
  // Operators.
  LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER,
  LESS, GREATER, EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL,
  GREATEREQUAL, TILDE, CIRCUMFLEX, LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL,
  MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL, VBAREQUAL,
  CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL, DOUBLESLASH,
  DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL,
  // Keywords.
  KW_FALSE, KW_NONE, KW_TRUE, KW_AND, KW_AS, KW_ASSERT, KW_ASYNC, KW_AWAIT, KW_BREAK,
  KW_CLASS, KW_CONTINUE, KW_DEF, KW_DEL, KW_ELIF, KW_ELSE, KW_EXCEPT, KW_FINALLY,
  KW_FOR, KW_FROM, KW_GLOBAL, KW_IF, KW_IMPORT, KW_IN, KW_IS, KW_LAMBDA, KW_NONLOCAL,
  KW_NOT, KW_OR, KW_PASS, KW_RAISE, KW_RETURN, KW_TRY, KW_WHILE, KW_WITH, KW_YIELD,
}

/** Operator spellings, longest first within each first character. */
export const OPERATORS: ReadonlyArray<readonly [string, T]> = [
  ['(', T.LPAR], [')', T.RPAR], ['[', T.LSQB], [']', T.RSQB], [':', T.COLON],
  [',', T.COMMA], [';', T.SEMI], ['+', T.PLUS], ['-', T.MINUS], ['*', T.STAR],
  ['/', T.SLASH], ['|', T.VBAR], ['&', T.AMPER], ['<', T.LESS], ['>', T.GREATER],
  ['=', T.EQUAL], ['.', T.DOT], ['%', T.PERCENT], ['{', T.LBRACE], ['}', T.RBRACE],
  ['==', T.EQEQUAL], ['!=', T.NOTEQUAL], ['<>', T.NOTEQUAL], ['<=', T.LESSEQUAL],
  ['>=', T.GREATEREQUAL], ['~', T.TILDE], ['^', T.CIRCUMFLEX], ['<<', T.LEFTSHIFT],
  ['>>', T.RIGHTSHIFT], ['**', T.DOUBLESTAR], ['+=', T.PLUSEQUAL], ['-=', T.MINEQUAL],
  ['*=', T.STAREQUAL], ['/=', T.SLASHEQUAL], ['%=', T.PERCENTEQUAL], ['&=', T.AMPEREQUAL],
  ['|=', T.VBAREQUAL], ['^=', T.CIRCUMFLEXEQUAL], ['<<=', T.LEFTSHIFTEQUAL],
  ['>>=', T.RIGHTSHIFTEQUAL], ['**=', T.DOUBLESTAREQUAL], ['//', T.DOUBLESLASH],
  ['//=', T.DOUBLESLASHEQUAL], ['@', T.AT], ['@=', T.ATEQUAL], ['->', T.RARROW],
  ['...', T.ELLIPSIS], [':=', T.COLONEQUAL],
];

export const KEYWORDS: ReadonlyArray<readonly [string, T]> = [
  ['False', T.KW_FALSE], ['None', T.KW_NONE], ['True', T.KW_TRUE], ['and', T.KW_AND],
  ['as', T.KW_AS], ['assert', T.KW_ASSERT], ['async', T.KW_ASYNC], ['await', T.KW_AWAIT],
  ['break', T.KW_BREAK], ['class', T.KW_CLASS], ['continue', T.KW_CONTINUE],
  ['def', T.KW_DEF], ['del', T.KW_DEL], ['elif', T.KW_ELIF], ['else', T.KW_ELSE],
  ['except', T.KW_EXCEPT], ['finally', T.KW_FINALLY], ['for', T.KW_FOR],
  ['from', T.KW_FROM], ['global', T.KW_GLOBAL], ['if', T.KW_IF], ['import', T.KW_IMPORT],
  ['in', T.KW_IN], ['is', T.KW_IS], ['lambda', T.KW_LAMBDA], ['nonlocal', T.KW_NONLOCAL],
  ['not', T.KW_NOT], ['or', T.KW_OR], ['pass', T.KW_PASS], ['raise', T.KW_RAISE],
  ['return', T.KW_RETURN], ['try', T.KW_TRY], ['while', T.KW_WHILE], ['with', T.KW_WITH],
  ['yield', T.KW_YIELD],
];

/** Keyword lookup: a Map is the fastest string-keyed lookup in V8 for this size. */
export const KEYWORD_KIND: ReadonlyMap<string, T> = new Map(KEYWORDS);

/** First-kind index of keywords, to test `kind >= FIRST_KEYWORD`. */
export const FIRST_KEYWORD = T.KW_FALSE;

/** One token.  Positions follow CPython: lines 1-based, columns 0-based UTF-8 bytes. */
export class Token {
  constructor(
    public kind: T,
    /** Source text of the token (for NAME, NUMBER, STRING, operators, keywords). */
    public text: string,
    /** Start and end as indices into the (newline-normalized) source string. */
    public start: number,
    public end: number,
    public lineno: number,
    public col_offset: number,
    public end_lineno: number,
    public end_col_offset: number,
    /** Bracket nesting level at this token (CPython's token->level). */
    public level: number,
  ) {}
}
