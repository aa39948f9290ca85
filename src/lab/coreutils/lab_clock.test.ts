import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLabSession } from '../boot.js';
import { EXEC_COST_NS } from '../lab.js';

test('date reads the lab clock: the lab epoch plus virtual time', async () => {
  const s = createLabSession({ seed: 1 });
  const r = await s.exec('date; sleep 90.5; date -u "+%s %N"; TZ=EST5 date');
  // 90.5 s of sleep and the starts of date, sleep and date (2 ms each, EXEC_COST_NS)
  assert.equal(r.output, 'Tue Nov 14 22:13:20 UTC 2023\n1700000090 506000000\nTue Nov 14 17:14:50 EST 2023\n');
});

test('ls -l on the lab file system: sizes, links, modification times on the lab clock', async () => {
  const s = createLabSession({ seed: 1 });
  const r = await s.exec('mkdir -p /w/d/e && cd /w && echo hello > f && sleep 120 && printf x >> f && ls -l && ls -ld /tmp /dev/null');
  assert.equal(
    r.output,
    [
      'total 8',
      'drwxr-xr-x 3 root root 4096 Nov 14 22:13 d',
      '-rw-r--r-- 1 root root    7 Nov 14 22:15 f',
      'crw-rw-rw- 1 root root 1, 3 Nov 14 22:13 /dev/null',
      'drwxrwxrwt 2 root root 4096 Nov 14 22:13 /tmp',
      '',
    ].join('\n'),
  );
});

test('env runs a command in the changed environment of the lab shell', async () => {
  const s = createLabSession({ seed: 1 });
  const r = await s.exec('export A=1; env -u A B=2 sh -c \'echo "${A-unset} $B"\'; env nosuch; echo $?');
  assert.equal(r.output, 'unset 2\nenv: \'nosuch\': No such file or directory\n127\n');
});

test('a program takes Lab.execCostNs of virtual time to start; shell builtins (echo, true, kill) none', async () => {
  const s = createLabSession({ seed: 1 });
  const lab = s.lab!;
  const t0 = lab.sched.now;
  await s.exec('echo a; true; printf x; kill -l 9 >/dev/null');
  assert.equal(lab.sched.now, t0);
  await s.exec('cat /dev/null; ip link show lo > /dev/null');
  assert.equal(lab.sched.now, t0 + 2 * EXEC_COST_NS);
  lab.execCostNs = 0;
  await s.exec('cat /dev/null');
  assert.equal(lab.sched.now, t0 + 2 * EXEC_COST_NS);
});
