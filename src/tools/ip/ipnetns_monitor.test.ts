import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Lab } from '../../lab/lab.js';
import type { Proc } from '../../lab/process.js';
import { createLabFs } from '../../lab/boot.js';
import { ipCommand } from './ip.js';
import { ipIn } from './ip.testutil.js';

/** `ip netns monitor` on a terminal (line buffered), and a way to kill it. */
function monitor(lab: Lab): { out: () => string; kill: () => void; done: Promise<number> } {
  let out = '';
  let onKill: (() => void) | null = null;
  const p = {
    argv: ['ip', 'netns', 'monitor'], env: new Map<string, string>(), stdout: { write: (s: string) => void (out += s), isatty: true },
    stderr: { write: (s: string) => void (out += s) }, net: lab.initNet, lab, cwd: '/', exec: async (): Promise<number> => 0, fs: createLabFs(),
    onKill: (cb: () => void) => ((onKill = cb), () => (onKill = null)),
  } as unknown as Proc;
  const done = Promise.resolve(ipCommand(p));
  return { out: () => out, kill: () => onKill?.(), done };
}

test('ip netns monitor prints add and delete as names come and go (attach too), line by line on a terminal, until killed', async () => {
  const lab = new Lab(1);
  const m = monitor(lab);
  await ipIn(lab, 'ip netns add n1');
  await ipIn(lab, 'ip netns add n2');
  await ipIn(lab, 'ip netns del n1');
  await new Promise((r) => setImmediate(r));
  assert.equal(m.out(), 'add n1\nadd n2\ndelete n1\n');
  m.kill();
  assert.equal(await m.done, 0);
  await ipIn(lab, 'ip netns del n2');
  assert.equal(m.out(), 'add n1\nadd n2\ndelete n1\n');
  assert.equal(lab.netnsWatchers.size, 0);
});
