/**
 * The stack and the lab shell run in a browser (issue 12): no `node:`
 * import and no Node-only global under src/wire, sim, net, drivers, tools,
 * uapi, lab and web, tests and test utilities aside. The one exception is
 * src/sim/macrotask.ts, which uses setImmediate only where the host has it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TREES = ['wire', 'sim', 'net', 'drivers', 'tools', 'uapi', 'lab', 'web'];
const ALLOWED = new Set(['src/sim/macrotask.ts']);

/** Node-only imports and globals, looked for in code with comments and string literals blanked. */
const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bfrom\s+['"]node:|\bimport\(\s*['"]node:|\brequire\(/, 'a node: import or require()'],
  [/\bsetImmediate\b|\bclearImmediate\b/, 'setImmediate'],
  [/\bBuffer\b/, 'Buffer'],
  [/(?<![\w./])process\s*\.\s*\w/, 'process.*'],
  [/\b__dirname\b|\b__filename\b|\bglobal\s*\./, '__dirname/global'],
  [/\bNodeJS\./, 'NodeJS types'],
];

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && !e.name.endsWith('.testutil.ts')) out.push(p);
  }
  return out;
}

/** Comments blanked; import specifiers kept (they are what is checked), other string contents blanked. */
function codeOf(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/(?<!from\s+|import\(\s*)(['"])(?:\\.|(?!\1)[^\\\n])*\1/g, "''");
}

test('the browser trees have no node: import and no Node global', () => {
  const bad: string[] = [];
  for (const tree of TREES) {
    for (const file of sources(join(ROOT, 'src', tree))) {
      const rel = relative(ROOT, file);
      if (ALLOWED.has(rel)) continue;
      const code = codeOf(readFileSync(file, 'utf8'));
      for (const [re, what] of FORBIDDEN) if (re.test(code)) bad.push(`${rel}: ${what}`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the checker sees what it must', () => {
  const hit = (s: string): boolean => FORBIDDEN.some(([re]) => re.test(codeOf(s)));
  assert.ok(hit("import { x } from 'node:fs';"));
  assert.ok(hit('const b = Buffer.from(s);'));
  assert.ok(hit('if (process.env.X) f();'));
  assert.ok(hit('setImmediate(cb);'));
  assert.ok(!hit("import type { Proc } from '../lab/process.js';"));
  assert.ok(!hit('// a node: import in a comment, process.env too'));
  assert.ok(!hit("const s = 'Buffer';"));
  assert.ok(!hit('lab.process.x;'));
});
