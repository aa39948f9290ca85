import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The sources of the tools (this test runs from dist/tools). */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src', 'tools');

test('ping and traceroute talk to the stack only through sockets: no import of net/ipv4 or of the shell', () => {
  const files = readdirSync(SRC).filter((f) => /^(ping|traceroute).*\.ts$/.test(f) && !f.endsWith('.test.ts'));
  assert.ok(files.length >= 6);
  for (const f of files) {
    const imports = readFileSync(join(SRC, f), 'utf8').match(/from '[^']+'/g) ?? [];
    for (const i of imports) {
      assert.ok(!i.includes('/net/ipv4/') && !i.includes('/lab/shell/'), `${f}: ${i}`);
      if (i.includes('/net/') && !i.includes('/net/socket.js')) assert.match(i, /\/net\/core\/(errno|net_namespace)\.js/, `${f}: ${i}`);
    }
  }
});
