/**
 * "Registries and every piece of state live on the lab world or on struct
 * net, never in module globals" (DESIGN.md): two labs in one process share
 * nothing. This test parses every non-test file under src/net and
 * src/drivers with the TypeScript compiler and fails on module-level state:
 * a top-level `let`/`var`, a top-level `const` (or class `static` field)
 * whose value can be changed — a Map, a Set, an array, an object with a
 * writable property — unless its type makes it deeply read-only (`as
 * const`, `Object.freeze`, `readonly`/`Readonly<>` types, ops objects made
 * of functions).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCANNED = ['src/net', 'src/drivers'];

/**
 * Genuinely immutable values the type system cannot prove so, keyed by
 * `path:name`, each with its reason. Keep it short.
 */
const ALLOWED: ReadonlyMap<string, string> = new Map<string, string>([
  ['src/net/ipv4/fib_trie.ts:NO_ID_LENS', 'a typed array of length 0: it has no element to write'],
  ['src/net/ipv4/fib_trie.ts:NO_L2', 'a typed array of length 0: it has no element to write'],
  ['src/net/ipv4/fib_trie.ts:NO_BASE', 'a typed array of length 0: it has no element to write'],
]);

export interface Finding {
  readonly where: string;
  readonly name: string;
  readonly why: string;
}

type ReadonlyCheck = (prop: ts.Symbol) => boolean;

/** Whether a property can be assigned: `readonly`, a getter alone, `as const` or Readonly<> make it not. */
function isReadonlyProp(prop: ts.Symbol): boolean {
  const internal = ts as unknown as { getCheckFlags?(s: ts.Symbol): number; CheckFlags?: { Readonly: number } };
  if (internal.getCheckFlags && internal.CheckFlags && internal.getCheckFlags(prop) & internal.CheckFlags.Readonly) return true;
  const decls = prop.declarations ?? [];
  if (decls.length === 0) return false;
  if (prop.flags & ts.SymbolFlags.GetAccessor && !(prop.flags & ts.SymbolFlags.SetAccessor)) return true;
  return decls.every((d) => (ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly) !== 0 || ts.isEnumMember(d));
}

const PRIMITIVE = ts.TypeFlags.StringLike | ts.TypeFlags.NumberLike | ts.TypeFlags.BooleanLike | ts.TypeFlags.BigIntLike |
  ts.TypeFlags.ESSymbolLike | ts.TypeFlags.Void | ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Never |
  ts.TypeFlags.EnumLike;

/** Library collections whose contents are read-only when their elements are. */
const READONLY_LIB = new Set(['ReadonlyArray', 'ReadonlyMap', 'ReadonlySet']);

class Checker {
  private readonly seen = new Set<ts.Type>();
  constructor(
    private readonly program: ts.Program,
    private readonly tc: ts.TypeChecker,
    private readonly readonlyProp: ReadonlyCheck = isReadonlyProp,
  ) {}

  /** Why a value of this type can be changed, or null when it cannot. */
  mutable(type: ts.Type, depth = 0): string | null {
    if (type.flags & PRIMITIVE) return null;
    if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return 'of unknown shape';
    if (type.isUnionOrIntersection()) {
      for (const t of type.types) {
        const why = this.mutable(t, depth);
        if (why) return why;
      }
      return null;
    }
    if (depth > 8 || this.seen.has(type)) return null;
    this.seen.add(type);
    try {
      return this.objectMutable(type, depth);
    } finally {
      this.seen.delete(type);
    }
  }

  private objectMutable(type: ts.Type, depth: number): string | null {
    const tc = this.tc;
    if (tc.isTupleType(type)) {
      if (!((type as ts.TypeReference).target as ts.TupleType).readonly) return 'a mutable tuple';
      return this.argsMutable(type as ts.TypeReference, depth);
    }
    const sym = type.getSymbol();
    const libDecl = sym?.declarations?.find((d) => this.program.isSourceFileDefaultLibrary(d.getSourceFile()));
    // Anonymous library types (Record<>'s mapped type) are checked by their properties.
    if (sym && libDecl && !sym.name.startsWith('__')) {
      if (READONLY_LIB.has(sym.name)) return this.argsMutable(type as ts.TypeReference, depth);
      if (sym.name === 'Function' || sym.name === 'String' || sym.name === 'Number' || sym.name === 'Boolean') return null;
      if (type.getCallSignatures().length === 0) return sym.name === 'Array' ? 'a mutable array' : `a ${sym.name}`;
    }
    for (const info of tc.getIndexInfosOfType(type)) {
      if (!info.isReadonly) return 'a writable index signature';
      const why = this.mutable(info.type, depth + 1);
      if (why) return why;
    }
    for (const prop of tc.getPropertiesOfType(type)) {
      // Methods are code: an ops object made of functions holds no state.
      if (prop.flags & ts.SymbolFlags.Method) continue;
      if (prop.flags & ts.SymbolFlags.Prototype) continue;
      if (!this.readonlyProp(prop)) return `writable property '${prop.name}'`;
      const why = this.mutable(tc.getTypeOfSymbol(prop), depth + 1);
      if (why) return `'${prop.name}' is ${why}`;
    }
    return null;
  }

  private argsMutable(type: ts.TypeReference, depth: number): string | null {
    for (const arg of this.tc.getTypeArguments(type)) {
      const why = this.mutable(arg, depth + 1);
      if (why) return `holds ${why}`;
    }
    return null;
  }
}

/** The top-level declaration a write starts from (`hook.report = f`, `table[i]++`, `Object.assign(hooks, x)`), if any. */
function writtenRoot(tc: ts.TypeChecker, node: ts.Node, names: ReadonlySet<string>): ts.VariableDeclaration | null {
  let target: ts.Expression | null = null;
  if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) target = node.left;
  else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) &&
    (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) target = node.operand;
  else if (ts.isDeleteExpression(node)) target = node.expression;
  else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'assign' && ts.isIdentifier(node.expression.expression) && node.expression.expression.text === 'Object' && node.arguments[0]) {
    return rootDecl(tc, node.arguments[0], names);
  }
  if (!target || !(ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target))) return null;
  return rootDecl(tc, target, names);
}

function rootDecl(tc: ts.TypeChecker, start: ts.Expression, names: ReadonlySet<string>): ts.VariableDeclaration | null {
  let e: ts.Expression = start;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) {
    e = e.expression;
  }
  if (!ts.isIdentifier(e) || !names.has(e.text)) return null;
  let sym = tc.getSymbolAtLocation(e);
  if (sym && sym.flags & ts.SymbolFlags.Alias) sym = tc.getAliasedSymbol(sym);
  const decl = sym?.valueDeclaration;
  if (!decl || !ts.isVariableDeclaration(decl)) return null;
  const stmt = decl.parent.parent;
  return ts.isVariableStatement(stmt) && ts.isSourceFile(stmt.parent) ? decl : null;
}

/**
 * Writes anywhere in `program` into a top-level const of a file `wanted`
 * selects: an object whose type looks immutable (an ops object of methods)
 * is state all the same when someone assigns its slots.
 */
function findWrites(program: ts.Program, wanted: (file: string) => boolean): Finding[] {
  const tc = program.getTypeChecker();
  const out: Finding[] = [];
  const names = new Set<string>();
  for (const sf of program.getSourceFiles()) {
    if (!wanted(sf.fileName)) continue;
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) names.add(d.name.getText(sf));
    }
  }
  for (const sf of program.getSourceFiles()) {
    if (program.isSourceFileDefaultLibrary(sf) || sf.isDeclarationFile) continue;
    const visit = (node: ts.Node): void => {
      const decl = writtenRoot(tc, node, names);
      if (decl && wanted(decl.getSourceFile().fileName)) {
        const dsf = decl.getSourceFile();
        const line = dsf.getLineAndCharacterOfPosition(decl.getStart(dsf)).line + 1;
        const at = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        out.push({ where: `${dsf.fileName}:${line}`, name: decl.name.getText(dsf), why: `written at ${sf.fileName.replace(/.*\//, '')}:${at}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** The module-level state of each file of `program` that `wanted` selects. */
export function findModuleState(program: ts.Program, wanted: (file: string) => boolean): Finding[] {
  const tc = program.getTypeChecker();
  const checker = new Checker(program, tc);
  const out: Finding[] = [];
  for (const sf of program.getSourceFiles()) {
    if (!wanted(sf.fileName)) continue;
    const at = (n: ts.Node): string => `${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    for (const st of sf.statements) {
      if (ts.isVariableStatement(st)) {
        const isConst = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
        for (const d of st.declarationList.declarations) {
          const name = d.name.getText(sf);
          if (!isConst) {
            out.push({ where: at(d), name, why: 'a top-level let/var' });
            continue;
          }
          const why = checker.mutable(tc.getTypeAtLocation(d.name));
          if (why) out.push({ where: at(d), name, why });
        }
      } else if (ts.isClassDeclaration(st)) {
        for (const m of st.members) {
          if (!ts.isPropertyDeclaration(m) || !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static)) continue;
          const name = `${st.name?.getText(sf) ?? 'class'}.${m.name.getText(sf)}`;
          if (!(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Readonly)) {
            out.push({ where: at(m), name, why: 'a writable static field' });
            continue;
          }
          const why = checker.mutable(tc.getTypeAtLocation(m.name));
          if (why) out.push({ where: at(m), name, why });
        }
      }
    }
  }
  const seen = new Set(out.map((f) => `${f.where} ${f.name}`));
  for (const w of findWrites(program, wanted)) {
    if (!seen.has(`${w.where} ${w.name}`)) out.push(w);
    seen.add(`${w.where} ${w.name}`);
  }
  return out;
}

function sourcesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourcesUnder(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.testutil.ts') && !e.name.endsWith('.d.ts')) {
      out.push(p);
    }
  }
  return out;
}

/** The project's options, without @types/node (nothing scanned needs it; it would double the parse time). */
function projectOptions(): ts.CompilerOptions {
  const cfg = ts.readConfigFile(join(ROOT, 'tsconfig.json'), (p) => readFileSync(p, 'utf8'));
  const parsed = ts.parseJsonConfigFileContent(cfg.config, ts.sys, ROOT);
  return { ...parsed.options, noEmit: true, incremental: false, types: [] };
}

/** Parsed library files, shared by every program this test makes. */
const libCache = new Map<string, ts.SourceFile | undefined>();

function cachingHost(options: ts.CompilerOptions, extra?: { name: string; code: string }): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (f, lang, ...rest) => {
    if (extra && f === extra.name) return ts.createSourceFile(f, extra.code, lang);
    if (!f.includes('/node_modules/')) return read(f, lang, ...rest);
    if (!libCache.has(f)) libCache.set(f, read(f, lang, ...rest));
    return libCache.get(f);
  };
  if (extra) host.fileExists = ((exists) => (f: string) => f === extra.name || exists(f))(host.fileExists.bind(host));
  return host;
}

/** A program over one in-memory file (for testing the checker itself). */
function snippetProgram(code: string): ts.Program {
  const name = join(ROOT, 'src/net/snippet.ts');
  const options = projectOptions();
  return ts.createProgram([name], options, cachingHost(options, { name, code }));
}

function snippetFindings(code: string): string[] {
  return findModuleState(snippetProgram(code), (f) => f.endsWith('snippet.ts')).map((f) => `${f.name}: ${f.why}`);
}

test('no module-level mutable state under src/net and src/drivers', () => {
  const files = SCANNED.flatMap((d) => sourcesUnder(join(ROOT, d)));
  assert.ok(files.length > 50, `found only ${files.length} files under ${SCANNED.join(', ')}`);
  const set = new Set(files.map((f) => f.replace(/\\/g, '/')));
  // Every source file is a root, so a write from the tools or the lab into a module's object is seen too.
  const options = projectOptions();
  const program = ts.createProgram(sourcesUnder(join(ROOT, 'src')), options, cachingHost(options));
  const found = findModuleState(program, (f) => set.has(f))
    .map((f) => ({ ...f, where: relative(ROOT, f.where) }))
    .filter((f) => !ALLOWED.has(`${f.where.replace(/:\d+$/, '')}:${f.name}`));
  assert.deepEqual(found.map((f) => `${f.where} ${f.name}: ${f.why}`), []);
});

test('every allow-list entry still names a file', () => {
  for (const key of ALLOWED.keys()) {
    const file = key.slice(0, key.lastIndexOf(':'));
    assert.ok(readFileSync(join(ROOT, file), 'utf8').length > 0, key);
  }
});

test('the checker catches each kind of module state', () => {
  const bad = snippetFindings(`
    let counter = 0;
    var legacy = 1;
    const byNet = new WeakMap<object, number>();
    const list: number[] = [];
    const table = new Map<number, string>();
    const hook: { report: (x: number) => void } = { report: () => {} };
    const scratch = { err: null as string | null, n: 0 };
    const bytes = new Uint8Array(4);
    const deep: readonly { n: number }[] = [{ n: 1 }];
    const names: Record<string, string> = { a: 'b' };
    export class Cache { static hits = 0; static readonly all = new Set<number>(); }
    interface Hooks { report(x: number): void }
    export const hooks: Hooks = { report() {} };
    hooks.report = () => {};
    void counter; void legacy; void byNet; void list; void table; void hook; void scratch; void bytes; void deep; void names;
  `);
  assert.deepEqual(bad, [
    'counter: a top-level let/var',
    'legacy: a top-level let/var',
    'byNet: a WeakMap',
    'list: a mutable array',
    'table: a Map',
    "hook: writable property 'report'",
    "scratch: writable property 'err'",
    'bytes: a Uint8Array',
    "deep: holds writable property 'n'",
    "names: a writable index signature",
    'Cache.hits: a writable static field',
    'Cache.all: a Set',
    'hooks: written at snippet.ts:15',
  ]);
});

test('the checker accepts immutable tables and ops objects', () => {
  const ok = snippetFindings(`
    interface Ops { readonly kind: string; xmit(n: number): void; open?(n: number): void }
    function xmit(n: number): void { void n; }
    export const ops: Ops = { kind: 'veth', xmit };
    export const NAMES = ['a', 'b'] as const;
    export const PAIRS: ReadonlyArray<readonly [string, number]> = [['a', 1]];
    export const MAP: ReadonlyMap<number, string> = new Map([[1, 'a']]);
    export const FROZEN = Object.freeze({ a: 1, b: 'x' });
    export const REC: Readonly<Record<string, string>> = { a: 'b' };
    export const LIMIT = 15;
    export const fn = (x: number): number => x + 1;
    export const enum E { A, B }
    export class K { static readonly MAX = 3; }
  `);
  assert.deepEqual(ok, []);
});
