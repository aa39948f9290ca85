// Temporary harness: replays the `ip` commands of a transcript without the shell.
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { Lab } from './lab.js';
import { ipCommand } from '../tools/ip/ip.js';
import type { Proc, OutStream } from './process.js';

test('harness', async () => {
  const file = process.env['HARNESS_T'];
  if (!file) return;
  const lab = new Lab(1);
  const lines = readFileSync(file, 'utf8').split('\n');
  let out = '';
  const sink: OutStream = { write: (s) => void (out += s) };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (!l.startsWith('  $ ')) continue;
    const cmd = l.slice(4);
    const exp: string[] = [];
    while (i + 1 < lines.length && lines[i + 1]!.startsWith('  ') && !lines[i + 1]!.startsWith('  $ ')) exp.push(lines[++i]!.slice(2));
    if (!cmd.startsWith('ip ') || cmd.includes('|')) continue;
    out = '';
    const argv = cmd.split(/\s+/);
    const p = { argv, env: new Map(), stdin: null as never, stdout: sink, stderr: sink, cwd: '/', net: lab.initNet, lab, fs: null as never, exec: async () => 0 } as unknown as Proc;
    const st = await ipCommand(p);
    const actual = out.split('\n');
    if (actual[actual.length - 1] === '') actual.pop();
    if (st) actual.push(`[${st}]`);
    const ok = actual.join('\n') === exp.join('\n');
    console.log((ok ? 'ok   ' : 'FAIL ') + cmd);
    if (!ok) console.log('  expected:\n' + exp.map((x) => '    |' + x).join('\n') + '\n  actual:\n' + actual.map((x) => '    |' + x).join('\n'));
  }
});
