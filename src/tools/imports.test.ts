/**
 * The one-door rule: `ip` talks to the kernel through netlink sockets only.
 * The compiled tools/ip files may import from the stack nothing but errno
 * and the netlink socket (type-only imports vanish at compile time); never
 * net/ipv4, the drivers, or the rest of net/core.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What a tool may import from the stack (paths relative to dist/). */
const ALLOWED_STACK = new Set(['net/core/errno.js', 'net/netlink/af_netlink.js']);

/**
 * Imports waiting for their kernel side to answer by messages (file → modules).
 * A ratchet: an entry that is no longer needed fails the test.
 */
const PENDING: Record<string, string[]> = {};

/** The module specifiers of a compiled ES module: static imports, re-exports, dynamic imports. */
function importSpecifiers(js: string): string[] {
  const out: string[] = [];
  const rx = /(?:^|[;\n}])\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (let m = rx.exec(js); m; m = rx.exec(js)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

/** The stack modules (under dist/net or dist/drivers) `file` (relative to dist/) imports that it may not. */
function violations(file: string, js: string): string[] {
  const bad: string[] = [];
  for (const spec of importSpecifiers(js)) {
    if (!spec.startsWith('.')) continue;
    const target = relative(DIST, resolve(DIST, dirname(file), spec)).split('\\').join('/');
    if (!target.startsWith('net/') && !target.startsWith('drivers/')) continue;
    if (!ALLOWED_STACK.has(target)) bad.push(target);
  }
  return bad;
}

function toolFiles(): string[] {
  const dir = join(DIST, 'tools', 'ip');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js') && !f.endsWith('.test.js') && !f.endsWith('.testutil.js'))
    .map((f) => `tools/ip/${f}`);
}

test('imports: ip reaches the kernel only through netlink (errno and the socket allowed)', () => {
  const found: Record<string, string[]> = {};
  for (const file of toolFiles()) {
    const bad = violations(file, readFileSync(join(DIST, file), 'utf8'));
    if (bad.length) found[file] = bad.sort();
  }
  const pending = Object.fromEntries(Object.entries(PENDING).map(([f, v]) => [f, [...v].sort()]));
  assert.deepEqual(found, pending);
});

test('imports: the checker catches a net/ipv4 import, multi-line and dynamic imports; allows errno, the socket, types', () => {
  const js = [
    "import { inetInsertIfa } from '../../net/ipv4/devinet.js';",
    "import {\n  a,\n  b,\n} from '../../drivers/net/veth.js';",
    "const m = await import('../../net/core/dev.js');",
    "export { x } from '../../net/ipv4/route.js';",
    "import '../../net/ipv4/af_inet.js';",
    "import { KError } from '../../net/core/errno.js';",
    "import { NetlinkSock } from '../../net/netlink/af_netlink.js';",
    "import { RTM_NEWLINK } from '../../uapi/linux/rtnetlink.js';",
    "import { Printer } from './json_print.js';",
  ].join('\n');
  assert.deepEqual(violations('tools/ip/x.js', js).sort(), [
    'drivers/net/veth.js', 'net/core/dev.js', 'net/ipv4/af_inet.js', 'net/ipv4/devinet.js', 'net/ipv4/route.js',
  ]);
});
