/**
 * pgrep, pkill, killall and ps in a lab whose processes cannot be recorded
 * on the shared recording machine (killall by name, -v, ps -e): the formats
 * are the ones the procps-*.t transcripts recorded.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from '../boot.js';

async function lab(): Promise<(script: string) => Promise<string>> {
  const s = createLabSession({ seed: 1 });
  await s.exec('sleep 100 &\nsleep 200 &\nnc -l 5000 &\nip netns add a\nip netns exec a nc -l 5001 &', 1);
  return async (script) => {
    const r = await s.exec(script, 1);
    return r.output + (r.status ? `[${r.status}]\n` : '');
  };
}

test('killall: every process of that name, -v on stderr, a name with none', async () => {
  const run = await lab();
  assert.equal(await run('killall -v sleep 2>&1 | sed "s/([0-9]*)/(PID)/"'), 'Killed sleep(PID) with signal 15\nKilled sleep(PID) with signal 15\n');
  assert.equal(await run('pgrep -c sleep'), '0\n[1]\n');
  assert.equal(await run('killall sleep nc'), 'sleep: no process found\n[1]\n');
  assert.equal(await run('pgrep nc'), '[1]\n');
});

test('killall -s and -SIG: a signal the process does not die of leaves it', async () => {
  const run = await lab();
  assert.equal(await run('killall -s CHLD sleep; pgrep -c sleep'), '2\n');
  // bash reports the jobs the signal ended when it next checks them
  assert.equal(await run('killall -USR1 sleep; pgrep -c sleep'), '0\nbash: line 1:   102 User defined signal 1   sleep 100\nbash: line 1:   104 User defined signal 1   sleep 200\n[1]\n');
});

test('pgrep --ns: the processes of that network namespace', async () => {
  const run = await lab();
  const ns = await run('pgrep -f "nc -l 5001"');
  assert.match(ns, /^\d+\n$/);
  assert.equal(await run(`pgrep --ns ${ns.trim()} --nslist net -l nc`), `${ns.trim()} nc\n`);
  assert.equal(await run(`pgrep --ns ${ns.trim()} --nslist uts -c nc`), '2\n');
  assert.equal(await run(`pgrep --ns $$ --nslist net -a nc`).then((s) => s.replace(/^\d+/, 'PID')), 'PID nc -l 5000\n');
});

test('pgrep never lists itself; pkill never kills itself', async () => {
  const run = await lab();
  assert.equal(await run('pgrep -f pgrep'), '[1]\n');
  assert.equal(await run('(pgrep -f pgrep)'), '[1]\n');
  assert.equal(await run('pkill -f pkill; echo $?'), '1\n');
});

test('ps -e and -f list every process, ps itself running', async () => {
  const run = await lab();
  const e = (await run('ps -e')).split('\n');
  assert.equal(e[0], '    PID TTY          TIME CMD');
  const cmds = e.slice(1, -1).map((l) => l.slice(l.lastIndexOf(' ') + 1));
  assert.equal(cmds[0], 'bash');
  assert.deepEqual(cmds.filter((c) => c !== 'bash'), ['sleep', 'sleep', 'nc', 'nc', 'ps']);
  const f = await run('ps -f -C nc');
  assert.match(f, /^UID {10}PID {4}PPID {2}C STIME TTY {10}TIME CMD\nroot +\d+ +\d+  0 \d\d:\d\d \? +00:00:00 nc -l 5000\nroot .* nc -l 5001\n$/);
  assert.equal(await run('ps -o stat= -o comm= -C ps,nc'), 'S    nc\nS    nc\nR    ps\n');
  const aux = (await run('ps aux')).split('\n');
  assert.equal(aux[0], 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
  assert.match(aux[1]!, /^root +100  0\.0  0\.0      0     0 \?        Ss   \d\d:\d\d   0:00 bash$/);
  assert.match(aux[aux.length - 2]!, / R +\d\d:\d\d   0:00 ps aux$/);
  assert.equal(await run('ps u'), 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n[1]\n');
  assert.equal(await run('ps axf'), 'ps: axf: not implemented in tuxnet (ps takes -e -A -f -o -p -C --no-headers and BSD a x u w o)\n[1]\n');
  assert.equal(await run('ps -o bogus'), `error: unknown user-defined format specifier "bogus"\n\nUsage:\n ps [options]\n\n Try 'ps --help <simple|list|output|threads|misc|all>'\n  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n[1]\n`);
});
