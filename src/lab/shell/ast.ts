/**
 * The syntax tree of the lab shell: the subset of bash grammar (bash(1)
 * "SHELL GRAMMAR") that scripts and transcripts use.
 */

/** One piece of a word, before expansion. */
export type Part =
  /** Text written without quotes (inside a `dq` part: quoted text). */
  | { t: 'lit'; v: string }
  /** Text that is quoted whatever the context: '...', $'...', a backslash escape. */
  | { t: 'sq'; v: string }
  /** "...": its parts expand but are neither split nor globbed. */
  | { t: 'dq'; parts: Part[] }
  | ParamPart
  /** $(...) or `...` */
  | { t: 'cmdsub'; body: Seq }
  /** <(...) or >(...): a subshell on a pipe, named /dev/fd/N (bash(1) "Process Substitution"). */
  | { t: 'procsub'; dir: '<' | '>'; body: Seq }
  /** $((...)) or $[...]: the text is expanded first, then evaluated. */
  | { t: 'arith'; expr: Word }
  /** ~ or ~user at the start of a word. */
  | { t: 'tilde'; user: string }
  /** A ${...} bash cannot make sense of: "bad substitution" when expanded. */
  | { t: 'bad'; raw: string };

/** $name or ${name OP arg} (bash(1) "Parameter Expansion"). */
export interface ParamPart {
  t: 'param';
  name: string;
  /** ${#name} */
  length?: boolean;
  /** ${!name} */
  indirect?: boolean;
  /** '-', ':-', '=', ':=', '?', ':?', '+', ':+', '#', '##', '%', '%%',
   *  '/', '//', '/#', '/%', '^', '^^', ',', ',,', ':' (substring). */
  op?: string;
  arg?: Word;
  /** The replacement of ${x/p/r}, the length of ${x:o:l}. */
  arg2?: Word;
  /** ${a[INDEX]...}: the subscript's source text (`@`, `*`, an arithmetic expression or a key). */
  index?: string;
}

export interface Word {
  parts: Part[];
  /** The source text, for reserved words, assignments and here-doc delimiters. */
  raw: string;
  /** `name=(a b c)`: the words between the parentheses (bash(1) "Arrays"). */
  array?: Word[];
}

export type RedirOp = '<' | '>' | '>>' | '>|' | '<>' | '<&' | '>&' | '&>' | '&>>' | '<<' | '<<-' | '<<<';

export interface Redir {
  /** The explicit file descriptor (`2>`), or null for the operator's default. */
  fd: number | null;
  op: RedirOp;
  /** The file, the fd to duplicate, the here-string, or the here-doc body. */
  target: Word;
  line: number;
}

export interface Assign {
  name: string;
  append: boolean;
  value: Word;
  /** `name[INDEX]=value`: the subscript's source text. */
  index?: string;
  /** `name=(...)`: the elements; `[k]=v` items set keys. */
  array?: Word[];
}

interface Base {
  line: number;
}

export interface Simple extends Base {
  t: 'simple';
  assigns: Assign[];
  words: Word[];
  redirs: Redir[];
}

export interface Pipeline extends Base {
  t: 'pipeline';
  cmds: Node[];
  /** `|&` after cmds[i]: its stderr goes into the pipe too. */
  errToo: boolean[];
  negate: boolean;
  /** `time` (or `time -p`, 'posix') before the pipeline. */
  time?: 'bash' | 'posix';
}

export interface AndOr extends Base {
  t: 'andor';
  first: Node;
  rest: { op: '&&' | '||'; node: Node }[];
}

/** A list: commands separated by `;`, `&` or newlines. */
export interface Seq extends Base {
  t: 'seq';
  items: { node: Node; bg: boolean; text: string }[];
}

export interface Brace extends Base {
  t: 'brace';
  body: Seq;
  redirs: Redir[];
}

export interface Subshell extends Base {
  t: 'subshell';
  body: Seq;
  redirs: Redir[];
}

export interface If extends Base {
  t: 'if';
  clauses: { cond: Seq; body: Seq }[];
  else: Seq | null;
  redirs: Redir[];
}

export interface Loop extends Base {
  t: 'while';
  until: boolean;
  cond: Seq;
  body: Seq;
  redirs: Redir[];
}

export interface For extends Base {
  t: 'for';
  name: string;
  /** null: `for x; do` iterates over "$@". */
  words: Word[] | null;
  body: Seq;
  redirs: Redir[];
}

export interface ForArith extends Base {
  t: 'forarith';
  init: Word;
  cond: Word;
  step: Word;
  body: Seq;
  redirs: Redir[];
}

export interface Case extends Base {
  t: 'case';
  word: Word;
  clauses: { patterns: Word[]; body: Seq | null; end: ';;' | ';&' | ';;&' }[];
  redirs: Redir[];
}

export interface FuncDef extends Base {
  t: 'func';
  name: string;
  body: Node;
}

/** ((expr)) */
export interface ArithCmd extends Base {
  t: 'arithcmd';
  expr: Word;
  redirs: Redir[];
}

/** [[ expr ]] */
export interface CondCmd extends Base {
  t: 'cond';
  expr: CondExpr;
  redirs: Redir[];
}

export type CondExpr =
  | { t: 'and' | 'or'; a: CondExpr; b: CondExpr }
  | { t: 'not'; a: CondExpr }
  | { t: 'unary'; op: string; a: Word }
  | { t: 'binary'; op: string; a: Word; b: Word }
  | { t: 'word'; a: Word };

export type Node =
  | Simple
  | Pipeline
  | AndOr
  | Seq
  | Brace
  | Subshell
  | If
  | Loop
  | For
  | ForArith
  | Case
  | FuncDef
  | ArithCmd
  | CondCmd;

/** A syntax error: bash prints `NAME: line N: MSG` and, for an unexpected token, the line itself. */
export class ShellSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** The source line quoted in bash's second message, or null. */
    readonly lineText: string | null,
  ) {
    super(message);
  }
}
