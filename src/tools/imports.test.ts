/**
 * Userland talks to the stack through one door, as on Linux: tools build
 * netlink messages and use sockets. Nothing under src/tools may import the
 * stack's internals (src/net/ipv4, src/drivers, or net/core beyond the errno
 * table) nor the shell's (signals reach a tool through Proc.onSignal); the
 * constants they share with the kernel come from src/uapi.
 * The check reads the compiled import graph, so `import type` is free.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The stack's files userland may import: the syscall surfaces and the errno texts. */
const DOORS = new Set(['net/socket.js', 'net/netlink/af_netlink.js', 'net/core/errno.js']);

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...jsFiles(p));
    else if (e.name.endsWith('.js') && !e.name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

/** Static and dynamic import specifiers of a compiled module. */
export function importSpecifiers(src: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = re.exec(src); m; m = re.exec(src)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

/** The imports of `file` (relative to dist) that reach into the stack past its doors. */
export function forbiddenImports(file: string, src: string): string[] {
  const bad: string[] = [];
  for (const spec of importSpecifiers(src)) {
    if (!spec.startsWith('.')) continue;
    const target = relative(dist, resolve(dirname(join(dist, file)), spec)).split('\\').join('/');
    const stack = target.startsWith('net/') || target.startsWith('drivers/');
    if ((stack && !DOORS.has(target)) || target.startsWith('lab/shell/')) bad.push(target);
  }
  return bad;
}

test('src/tools imports no stack internals: only sockets, netlink, errno and uapi', () => {
  const offenders: string[] = [];
  for (const f of jsFiles(join(dist, 'tools'))) {
    const rel = relative(dist, f);
    for (const t of forbiddenImports(rel, readFileSync(f, 'utf8'))) offenders.push(`${rel} -> ${t}`);
  }
  assert.deepEqual(offenders, []);
});

test('the import check can fail: an ipv4 import is caught, uapi and type-only ones pass', () => {
  const src = [
    "import { rawSocket } from '../net/ipv4/raw.js';",
    "import { NLM_F_REQUEST } from '../uapi/linux/netlink.js';",
    "import { KError } from '../net/core/errno.js';",
    "export { x } from '../drivers/net/veth.js';",
    "const m = await import('../net/core/dev.js');",
    "import { ProcEntry } from '../lab/shell/procs.js';",
  ].join('\n');
  assert.deepEqual(forbiddenImports('tools/ping.js', src), [
    'net/ipv4/raw.js', 'drivers/net/veth.js', 'net/core/dev.js', 'lab/shell/procs.js',
  ]);
});
